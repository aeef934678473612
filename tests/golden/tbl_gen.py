#!/usr/bin/env python3
"""Writes the tbl_* golden cases: every code-pointing kernel table through .pushsection_table.

    tests/golden/tbl_gen.py            (then: tests/golden/regen.sh tbl_...)

For each table layout (tests/tables and docs/tables.md describe them) one body of
kernel-style assembly is placed in several code sections: .text, a
-ffunction-sections style .text.NAME, .init.text and .exit.text. Two cases come
out of each: tbl_NAME (prefix mode) and tbl_lo_NAME (link-order mode, through
.gasket-opts). The lowered .gas.s twin is computed here with the rules of
directives/table_map.cpp and directives/sections.cpp, independently of gasket,
so a golden failure means gasket and this lowering disagree.
"""

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

CODE_SECTIONS = [".text", ".text.{name}_hot", ".init.text", ".exit.text"]

# name -> (attributes written after the table name, body). {n} is a per-section
# number so labels and symbols stay distinct; {T} stands for the directive.
TABLES = {
    "ex_table": (', "a"', """\
f{n}:
1:	movl	(%rdi), %eax
2:	ret
	{T} __ex_table{A}
	.balign 4
	.long	1b - .
	.long	2b - .
	.long	3
	.popsection
"""),
    "ex_table_abs": (', "a"', """\
f{n}:
1:	movq	(%rsi), %rax
	ret
3:	movq	$-14, %rax
	ret
	{T} __ex_table{A}
	.align 8
	.quad	1b, 3b
	.popsection
"""),
    "ex_table_merge": (', "aM", @progbits, 12', """\
f{n}:
1:	movl	(%rdi), %eax
2:	ret
	{T} __ex_table{A}
	.balign 4
	.long	1b - ., 2b - ., 0
	.popsection
"""),
    "bug_table": (', "aw"', """\
f{n}:
1:	ud2
	{T} __bug_table{A}
2:	.long	1b - .
	.long	.Lfile{n} - .
	.word	{n}0
	.word	0x901
	.org	2b + 12
	.popsection
	.pushsection .rodata.str1.1, "aMS", @progbits, 1
.Lfile{n}:
	.string	"drivers/demo{n}.c"
	.popsection
"""),
    "altinstructions": (', "a"', """\
f{n}:
661:	movl	$1, %eax
662:
	{T} .altinstructions{A}
	.long	661b - .
	.long	6641f - .
	.4byte	0x00010109
	.byte	662b - 661b
	.byte	6651f - 6641f
	.popsection
	.pushsection .altinstr_replacement, "ax"
6641:	movl	$2, %eax
6651:
	.popsection
	ret
"""),
    "smp_locks": (', "a"', """\
f{n}:
	{T} .smp_locks{A}
	.balign 4
	.long	671f - .
	.popsection
671:	lock incl (%rdi)
	ret
"""),
    "jump_table": (', "aw"', """\
f{n}:
1:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	{T} __jump_table{A}
	.balign 8
	.long	1b - .
	.long	.Lyes{n} - .
	.quad	key{n} + 1 - .
	.popsection
	xorl	%eax, %eax
	ret
.Lyes{n}:
	movl	$1, %eax
	ret
	.pushsection .data
key{n}:	.quad 0
	.popsection
"""),
    "static_call_sites": (', "a"', """\
f{n}:
.Lsc{n}:
	call	__SCT__tp_func_{n}
	{T} .static_call_sites{A}
	.long	.Lsc{n} - .
	.long	__SCK__tp_func_{n} - .
	.popsection
	ret
"""),
    "retpoline_sites": (', "a"', """\
f{n}:
1:	call	__x86_indirect_thunk_rax
	{T} .retpoline_sites{A}
	.long	1b - .
	.popsection
	ret
"""),
    "return_sites": (', "a"', """\
f{n}:
	nop
1:	jmp	__x86_return_thunk
	{T} .return_sites{A}
	.long	1b - .
	.popsection
"""),
    "orc_unwind_ip": (', "a"', """\
f{n}:
1:	pushq	%rbp
2:	popq	%rbp
	ret
	{T} .orc_unwind_ip{A}
	.long	1b - .
	.long	2b - .
	.popsection
	{T} .orc_unwind{A}
	.word	8, 0, 0x15
	.word	16, -16, 0x15
	.popsection
"""),
    "omitted_flags": ("", """\
f{n}:
1:	movl	(%rdi), %eax
2:	ret
	{T} __ex_table{A}
	.long	1b - ., 2b - ., 0
	.popsection
3:	movl	%eax, (%rdi)
	ret
	{T} __ex_table{A}
	.long	3b - ., 2b - ., 0
	.popsection
"""),
}


def mapped(code, table):
    """directives/table_map.cpp's default rules."""
    if code.startswith(".init.") or code in (".text.init", ".data.init"):
        return ".init." + table
    if code.startswith(".exit.") or code in (".text.exit", ".data.exit"):
        return ".exit." + table
    return table


def lower(attrs, code, table, link_order, seen):
    """The plain .pushsection that .pushsection_table NAME{attrs} stands for."""
    name = mapped(code, table)
    key = (name, code if link_order else "")
    parts = [p.strip() for p in attrs.split(",")[1:]] if attrs else []
    if not parts:
        parts = list(seen.get(key, ['"a"', "@progbits"]))
    if link_order:
        flags = parts[0].strip('"') + "o"
        if len(parts) < 2:
            parts.append("@progbits")
        rest = parts[1:]
        # gas reads the entity size before the linked-to name.
        insert_at = 2 if "M" in flags else 1
        rest.insert(insert_at, code)
        out = [f'"{flags}"'] + rest
        seen.setdefault(key, ['"' + flags.replace("o", "") + '"'] + [p for p in rest if p != code])
    else:
        out = parts
        seen.setdefault(key, parts)
    return f".pushsection {name}, " + ", ".join(out) if out else f".pushsection {name}"


def section_line(code):
    if code == ".text":
        return "\t.text"
    return f'\t.section {code}, "ax", @progbits'


def make(table, link_order):
    attrs, body = TABLES[table]
    src, gas = [], []
    head = f"# {table}: kernel-style entries from {', '.join(CODE_SECTIONS).format(name=table)}"
    head += " (link-order mode)" if link_order else " (prefix mode)"
    src.append(head)
    gas.append(head.replace("#", "# lowered twin:", 1))
    seen = {}
    for n, code in enumerate(CODE_SECTIONS):
        code = code.format(name=table)
        src.append(section_line(code))
        gas.append(section_line(code))
        for line in body.format(n=n, T="{T}", A="{A}").splitlines():
            if "{T}" in line:
                tname = line.split()[1].replace("{A}", "")
                src.append(line.replace("{T}", ".pushsection_table").replace("{A}", attrs if not line.endswith("orc_unwind{A}") else ', "a"'))
                a = attrs if not line.endswith("orc_unwind{A}") else ', "a"'
                gas.append("\t" + lower(a, code, tname, link_order, seen))
            else:
                src.append(line)
                gas.append(line)
    return "\n".join(src) + "\n", "\n".join(gas) + "\n"


def main():
    for table in TABLES:
        for link_order in (False, True):
            case = ("tbl_lo_" if link_order else "tbl_") + table
            s, g = make(table, link_order)
            (HERE / f"{case}.s").write_text(s)
            (HERE / f"{case}.gas.s").write_text(g)
            opts = HERE / f"{case}.gasket-opts"
            if link_order:
                opts.write_text("--table-mode=link-order\n")
            elif opts.exists():
                opts.unlink()


if __name__ == "__main__":
    main()
