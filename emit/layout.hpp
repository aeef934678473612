#pragma once
#include <cstdint>

#include "emit/assembly.hpp"

namespace gasket {

/// Assigns addresses to every fragment of every section, relaxing jumps and sizing alignment, `.org` and
/// forward-referenced `.skip` tails the way gas's relax_segment does; then reports the `.uleb128`/`.sleb128`
/// operands gas rejects once addresses are final (undefined, or mixing sections).
void layout(Assembly& as);

/// Resolves every fixup: patches the value into the fragment bytes or turns it into a relocation.
void resolve_fixups(Assembly& as);

/// Whether a branch to `id` takes R_X86_64_PLT32 as things stand: an undefined, common, weak or global target.
bool need_plt32(Assembly& as, SymbolId id);

/// Writes the laid-out contents of `sec` (fixed bytes plus tails) to `out`, which holds `sec.size` bytes.
void materialize(Assembly& as, const Section& sec, uint8_t* out);

/// ELF relocation numbers used by the fixup resolver.
namespace rel {
inline constexpr uint32_t None = 0, R64 = 1, PC32 = 2, GOT32 = 3, PLT32 = 4, GOTPCREL = 9, R32 = 10, R32S = 11,
                          R16 = 12, PC16 = 13, R8 = 14, PC8 = 15, DTPMOD64 = 16, DTPOFF64 = 17, TPOFF64 = 18,
                          TLSGD = 19, TLSLD = 20, DTPOFF32 = 21, GOTTPOFF = 22, TPOFF32 = 23, PC64 = 24,
                          GOTOFF64 = 25, GOTPC32 = 26, GOT64 = 27, GOTPCREL64 = 28, GOTPC64 = 29, GOTPLT64 = 30,
                          PLTOFF64 = 31, SIZE32 = 32, SIZE64 = 33, GOTPC32_TLSDESC = 34, TLSDESC_CALL = 35,
                          GOTPCRELX = 41, REX_GOTPCRELX = 42;
}

}  // namespace gasket
