// Exceptions: throw/catch across functions, hierarchies, rethrow, nested try, destructors during unwinding.
#include <cstdio>
#include <stdexcept>
#include <string>

static int destroyed;

struct Guard {
  int id;
  explicit Guard(int i) : id(i) {}
  ~Guard() { destroyed += id; }
};

struct AppError : std::runtime_error {
  int code;
  AppError(const std::string& m, int c) : std::runtime_error(m), code(c) {}
};
struct DeepError : AppError {
  using AppError::AppError;
};

__attribute__((noinline)) static int level3(int x) {
  Guard g(x);
  if (x % 4 == 0) throw DeepError("deep", x);
  if (x % 4 == 1) throw AppError("app", x);
  if (x % 4 == 2) throw x;
  return x;
}

__attribute__((noinline)) static int level2(int x) {
  Guard g(100);
  try {
    return level3(x);
  } catch (const DeepError& e) {
    std::printf("level2 saw %s %d, rethrowing\n", e.what(), e.code);
    throw;
  }
}

static int level1(int x) {
  try {
    return level2(x);
  } catch (const AppError& e) {
    return -e.code;
  } catch (int v) {
    return v * 1000;
  } catch (...) {
    return -999;
  }
}

static void no_throw() noexcept {}

int main() {
  for (int i = 0; i < 8; ++i) std::printf("level1(%d) = %d\n", i, level1(i));
  no_throw();
  try {
    try {
      throw std::out_of_range("range");
    } catch (const std::logic_error& e) {
      std::printf("caught logic_error %s\n", e.what());
      throw std::string("converted");
    }
  } catch (const std::string& s) {
    std::printf("caught string %s\n", s.c_str());
  }
  std::printf("destroyed %d\n", destroyed);
  return 0;
}
