// The hand-off between the operand parser and the x86-64 encoder (gasket's MCInst).
//
// The frontend fills an Insn from one AT&T statement; encode() matches it against the instruction table and
// returns the bytes plus the fixups still to be resolved. The encoder never touches sections or layout: a
// relaxable jump comes back as its short form plus a JumpRelax tag, and the caller builds a relax fragment.
#pragma once
#include <array>
#include <memory>
#include <cstdint>
#include <string>
#include <string_view>

#include "emit/expr.hpp"
#include "emit/frchain.hpp"

namespace gasket::x86 {

/// Register classes. The number inside a class is the hardware encoding (0-15, or 0-7 for Seg/St/...).
enum class RegClass : uint8_t {
  None,
  Gpr8,      ///< al cl dl bl spl bpl sil dil r8b..r15b (spl..dil need REX)
  Gpr8High,  ///< ah ch dh bh (numbers 4-7; incompatible with REX)
  Gpr16, Gpr32, Gpr64,
  Seg,       ///< es cs ss ds fs gs
  Cr, Dr, St, Mmx, Xmm, Ymm,
  Rip,       ///< %rip (number 0) and %eip (number 1) as a base
  Iz,        ///< %riz (number 0) / %eiz (number 1): "no index" written explicitly
};

/// A register: class plus hardware number.
struct Reg {
  RegClass cls = RegClass::None;
  uint8_t num = 0;
  constexpr bool valid() const { return cls != RegClass::None; }
  friend constexpr bool operator==(Reg, Reg) = default;
};

/// Looks up a register by its name without the `%`, in any case ("eax", "R8D", "xmm15", "st", "st(3)").
/// Returns an invalid Reg when the name is not a register. %riz/%eiz are returned, but GNU as (without
/// -mindex-reg) rejects them with "bad register name `%riz'": that check is the frontend's.
Reg register_by_name(std::string_view name);

/// The name of a register without `%`, for messages.
std::string_view register_name(Reg r);

/// The number gas 2.40 stores for a register written as a data expression (`.long %eax` is 0x28, with the
/// warning "register value used as expression"): its position in gas's register list, which orders the
/// classes differently from the encoding numbers. -1 for a name that is not a register there (%riz, %eiz).
int gas_register_number(std::string_view spelled);

enum class OperandKind : uint8_t { None, Reg, Imm, Mem };

/// A memory operand: `seg:disp(base, index, scale)`.
struct Mem {
  Reg seg;      ///< segment override, if written
  Reg base;     ///< may be Rip
  Reg index;    ///< may be Iz
  uint8_t scale = 1;
  bool has_disp = false;  ///< a displacement was written (even `0(%rax)`)
  ExprRef disp;
};

/// One operand in AT&T order as written.
struct Operand {
  OperandKind kind = OperandKind::None;
  bool indirect = false;  ///< written with a leading `*` (jmp/call)
  Reg reg;                ///< kind == Reg
  ExprRef imm;            ///< kind == Imm (`$expr`) — or, for kind == Mem without base/index, see mem.disp
  Mem mem;                ///< kind == Mem; a bare `expr` is Mem with only a displacement
};

/// Encoding pseudo-prefixes written in braces before the mnemonic.
enum class PseudoPrefix : uint8_t { None = 0, Disp8 = 1, Disp32 = 2, Load = 4, Store = 8, Vex = 16, Vex3 = 32 };

/// A mnemonic spelling resolved against the instruction table (defined by the encoder).
struct ResolvedMnemonic;

/// One parsed instruction statement.
struct Insn {
  std::string_view mnemonic;                 ///< as written, lower-cased by the caller, e.g. "movl", "rep", "jne"
  const ResolvedMnemonic* resolved = nullptr;  ///< `mnemonic` already resolved by a MnemonicCache, or null
  std::array<std::string_view, 4> prefixes;  ///< prefix mnemonics written before it on the same statement ("lock", "rep", "cs", "rex.W", "data16"...)
  uint8_t nprefixes = 0;
  uint8_t pseudo = 0;                        ///< PseudoPrefix bits
  std::array<Operand, 4> ops;                ///< AT&T order
  uint8_t nops = 0;
  std::string_view text;                     ///< the statement from the mnemonic on, as written (quoted in
                                             ///< "no such instruction: `...'"); empty: the mnemonic
};

/// Which relaxation a jump takes (gas's ENCODE_RELAX_STATE families).
enum class JumpRelax : uint8_t {
  None,
  Jmp,   ///< eb cb  -> e9 cd
  Jcc,   ///< 7x cb  -> 0f 8x cd   (cond in Encoding::cond)
};

/// A field of the encoded instruction that refers to an expression.
struct EncodedFixup {
  uint8_t offset = 0;      ///< byte offset of the field within the instruction
  uint8_t size = 0;        ///< 1, 2, 4 or 8
  bool pcrel = false;      ///< relative to the end of the instruction (rel8/rel32, RIP-relative disp)
  bool is_signed = false;  ///< the CPU sign-extends the field (imm32 in a 64-bit op, disp32): R_X86_64_32S
  uint16_t reloc = 0;      ///< an explicit R_X86_64_* type, or 0 to derive it from size/pcrel/signed/spec
  bool branch = false;     ///< the rel32 of a call/jmp: R_X86_64_PLT32 when the target is external, as gas does
  ExprRef value;
};

/// Result of encoding one instruction.
struct Encoding {
  std::array<uint8_t, 16> bytes{};
  uint8_t size = 0;
  std::array<EncodedFixup, 2> fixups{};
  uint8_t nfixups = 0;
  JumpRelax relax = JumpRelax::None;  ///< when set: bytes hold any prefixes then the short opcode; `target` is the destination
  uint8_t cond = 0;                   ///< condition code 0-15 for Jcc
  ExprRef target;
  InsnPieces pieces;                  ///< how gas's output_insn takes the bytes from its obstack
};

/// Encodes `insn`. On failure returns false and sets `error` to GNU as's message text (without "Error: ").
bool encode(const Insn& insn, Encoding& out, std::string& error);

/// As above; on success `warning` receives gas's warning text (without "Warning: ") when gas would warn,
/// e.g. "no instruction mnemonic suffix given and no register operands; using default for `inc'".
bool encode(const Insn& insn, Encoding& out, std::string& error, std::string& warning);

/// Fills `n` bytes at `p` with the multi-byte NOPs GNU as uses to pad code alignment (and `.nops`), where no
/// single NOP may be longer than `max_single` bytes (0 = gas's default for 64-bit code).
void fill_nops(uint8_t* p, size_t n, size_t max_single = 0);

/// True if `name` (lower case) is an instruction or prefix mnemonic the table knows (for statement parsing).
bool is_mnemonic(std::string_view name);

/// Remembers every mnemonic spelling resolved so far, so that an instruction's mnemonic costs one hash probe:
/// compiler output repeats a few hundred spellings, and resolving one (suffix and condition-code readings,
/// several table lookups) costs far more. Keys are copied, so a resolution outlives the line it came from.
class MnemonicCache {
 public:
  MnemonicCache();
  ~MnemonicCache();
  MnemonicCache(const MnemonicCache&) = delete;
  MnemonicCache& operator=(const MnemonicCache&) = delete;
  /// The resolution of the lower-case spelling `name`, for Insn::resolved; never null.
  const ResolvedMnemonic* resolve(std::string_view name);
  /// True if `r` names an instruction or a prefix (what is_mnemonic tells).
  static bool known(const ResolvedMnemonic* r);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gasket::x86
