/* Weak definitions and weak undefined references (tested against null), overridden weak symbols. */
#include <stdio.h>

extern int missing_function(void) __attribute__((weak));
extern int missing_data __attribute__((weak));
__attribute__((weak)) int weak_value = 17;
__attribute__((weak)) int overridable(void) { return 1; }
int strong_value = 3;

static int call_if_present(void) { return missing_function ? missing_function() : -1; }

int main(void) {
  printf("missing fn %d data %s\n", call_if_present(), &missing_data ? "present" : "absent");
  printf("weak %d overridable %d strong %d\n", weak_value, overridable(), strong_value);
  return 0;
}
