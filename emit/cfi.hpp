// Call-frame information: the records `.cfi_*` directives collect, and the .eh_frame/.debug_frame builder.
//
// The directives (directives/cfi.cpp) append one CfiInsn per operation to the open Fde of the current
// subsection, with an AdvanceLoc between two operations at different places. Nothing is encoded then: as in
// gas's cfi_finish, build_frame_sections() walks the FDEs in order at the end, picks a CIE for each (emitting
// a new CIE when none fits) and writes the CIE/FDE bytes into the frame sections with fixups and fragments, so
// layout and fixup resolution treat them like any other data. See emit/cfi.cpp for the CIE-sharing rule.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "emit/assembly.hpp"

namespace gasket {

/// DWARF pointer-encoding values (DW_EH_PE_*) gas accepts in `.cfi_personality`/`.cfi_lsda`.
namespace eh_pe {
inline constexpr uint8_t kAbsPtr = 0x00, kUleb128 = 0x01, kUdata2 = 0x02, kUdata4 = 0x03, kUdata8 = 0x04,
                         kSdata4 = 0x0b, kPcRel = 0x10, kIndirect = 0x80, kOmit = 0xff;
}

/// One call-frame operation, as gas records it before encoding.
enum class CfiOp : uint8_t {
  AdvanceLoc,      ///< from `from` to `to` (two labels of the FDE's subsection)
  DefCfa,          ///< reg, offset
  DefCfaRegister,  ///< reg
  DefCfaOffset,    ///< offset
  Offset,          ///< reg saved at cfa+offset
  ValOffset,       ///< reg's value is cfa+offset
  Register,        ///< reg saved in reg2
  Restore,         ///< reg
  Undefined,       ///< reg
  SameValue,       ///< reg
  RememberState,
  RestoreState,
  WindowSave,      ///< DW_CFA_GNU_window_save (also `.cfi_negate_ra_state`)
  Escape,          ///< escape_count expressions from CfiFrames::escapes, one byte each
  Label,           ///< defines `name` at this point of the frame section
  ValEncodedAddr,  ///< DW_CFA_val_expression for reg: the address `expr` in `encoding`
};

/// A recorded call-frame operation.
struct CfiInsn {
  CfiOp op = CfiOp::RememberState;
  uint8_t encoding = eh_pe::kOmit;  ///< ValEncodedAddr
  uint32_t reg = 0;
  uint32_t reg2 = 0;
  int64_t offset = 0;
  SymbolId from = kNoSymbol;        ///< AdvanceLoc
  SymbolId to = kNoSymbol;          ///< AdvanceLoc
  ExprId expr = kNoExpr;            ///< ValEncodedAddr
  uint32_t escape_first = 0;        ///< Escape
  uint32_t escape_count = 0;        ///< Escape
  std::string_view name;            ///< Label
};

/// The personality routine or LSDA of an FDE: an encoding and, unless omitted, an address.
struct CfiPointer {
  uint8_t encoding = eh_pe::kOmit;
  ExprId expr = kNoExpr;
  Value value;                      ///< folded when read; CIEs are shared only for equal personalities
};

/// Which frame sections an FDE goes to (`.cfi_sections`).
enum CfiSectionBits : uint8_t { kCfiEhFrame = 1, kCfiDebugFrame = 2 };

/// The unwind description of one procedure (`.cfi_startproc` ... `.cfi_endproc`).
struct Fde {
  SymbolId start = kNoSymbol;
  SymbolId end = kNoSymbol;         ///< kNoSymbol while open
  uint32_t return_column = 16;      ///< %rip
  bool signal_frame = false;
  uint8_t sections = kCfiEhFrame;
  CfiPointer personality;
  CfiPointer lsda;
  std::vector<CfiInsn> insns;
};

/// Everything the `.cfi_*` directives collected, in source order.
struct CfiFrames {
  std::vector<Fde> fdes;
  std::vector<ExprId> escapes;      ///< operands of `.cfi_escape` (kNoExpr: missing, zero assumed)
  uint8_t cie_version = 1;          ///< --gdwarf-cie-version: 1, 3 or 4, in .eh_frame and .debug_frame alike
};

/// Number of bytes a pointer in `encoding` takes (0 for omit; absptr is 8 bytes on x86-64).
unsigned eh_pointer_size(uint8_t encoding);

/// True if `op` may be moved from the head of an FDE into its CIE (gas: initial_cie_insn).
bool cie_candidate(CfiOp op);
/// True if two operations are the same for CIE sharing.
bool same_cie_insn(const CfiInsn& a, const CfiInsn& b);
/// The CIE initial instructions gas makes of an FDE's leading operations: how many lead the list.
size_t cie_prefix_length(const std::vector<CfiInsn>& insns);
/// True if `cie_insns` are a prefix of `fde_insns` (the FDE can use that CIE).
bool cie_prefix_matches(const std::vector<CfiInsn>& cie_insns, const std::vector<CfiInsn>& fde_insns);

/// Appends the encoding of one operation that needs no labels or expressions (everything except
/// AdvanceLoc, Escape, Label and ValEncodedAddr), with data alignment -8.
void encode_cfi_insn(const CfiInsn& insn, std::vector<uint8_t>& out);
/// Appends the bytes of an advance by `delta` code units (nothing for 0).
void encode_advance(uint64_t delta, std::vector<uint8_t>& out);
/// The augmentation string of an .eh_frame CIE ("zR", "zPLR", "zRS", ...) or a .debug_frame one ("", "S").
std::string_view cie_augmentation(bool eh_frame, uint8_t per_encoding, uint8_t lsda_encoding, bool signal_frame,
                                  char (&buf)[8]);

/// Builds .eh_frame and/or .debug_frame from `frames` (gas's cfi_finish). Call once after the last statement
/// and before layout; the sections are created now, so they come after every section of the input.
void build_frame_sections(Assembly& as, CfiFrames& frames);

}  // namespace gasket
