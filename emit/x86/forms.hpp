// Lookup of the parsed instruction table by mnemonic.
#pragma once
#include <span>
#include <string_view>

#include "emit/x86/table.hpp"

namespace gasket::x86 {

/// The forms of one table mnemonic (e.g. "add", "j_cc", "movzb"), in preference order; empty if unknown.
std::span<const table::Form> forms_for(std::string_view mnemonic);

}  // namespace gasket::x86
