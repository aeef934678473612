#pragma once
#include <cstdint>
#include <vector>

#include "emit/assembly.hpp"

namespace gasket::elf {

/// Builds the relocatable ELF64 object for a laid-out assembly whose fixups are resolved, byte for byte as
/// GNU as 2.40 (via BFD) lays it out. Returns false (after reporting) when the object cannot be built.
bool write_object(Assembly& as, std::vector<uint8_t>& out);

}  // namespace gasket::elf
