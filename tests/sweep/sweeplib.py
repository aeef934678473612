"""Shared pieces of the instruction sweep: a minimal ELF64 reader and the per-line split of an object.

Every sweep line is assembled after its own label (`Lsw_N:`), so the symbol table of the object says where
each line's bytes start; the bytes up to the next label are that line's encoding, and relocations between
the two labels belong to it. The same split is applied to GNU as's object (by gen.py, once, to write the
expected files) and to gasket's object (by run.py, every test run), so no GNU tool is needed at test time.
"""

import re
import struct

LABEL = "Lsw_{}"
LABEL_RE = re.compile(r"^Lsw_(\d+)$")
DIAG_RE = re.compile(r"^[^:]*:(\d+): (Error|Warning): (.*)$")

RELOC_NAMES = {
    1: "64", 2: "PC32", 4: "PLT32", 9: "GOTPCREL", 10: "32", 11: "32S", 12: "16", 13: "PC16", 14: "8",
    15: "PC8", 22: "GOTTPOFF", 23: "TPOFF32", 41: "GOTPCRELX", 42: "REX_GOTPCRELX", 24: "PC64",
}


def sections(data):
    """{name: (type, offset, size, link, index)} of an ELF64 little-endian object."""
    if data[:4] != b"\x7fELF":
        raise ValueError("not an ELF object")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    raw = []
    for i in range(shnum):
        name, typ, _flags, _addr, off, size, link, info = struct.unpack_from("<IIQQQQII", data, shoff + i * shentsize)
        raw.append((name, typ, off, size, link, info))
    stroff, strsize = raw[shstrndx][2], raw[shstrndx][3]
    out = {}
    for idx, (name, typ, off, size, link, info) in enumerate(raw):
        end = data.find(b"\0", stroff + name)
        out[data[stroff + name:end].decode()] = (typ, off, size, link, idx, info)
    return out, raw


def split_object(data):
    """{line_number: (hex, relocs)} where relocs is a space-separated `TYPE@off:sym+addend` list."""
    secs, raw = sections(data)
    typ, toff, tsize, _, text_idx, _ = secs[".text"]
    text = data[toff:toff + tsize]
    _, soff, ssize, slink, _, _ = secs[".symtab"]
    stroff = raw[slink][2]
    syms = []
    starts = {}
    for i in range(ssize // 24):
        name, info, _other, shndx, value, _size = struct.unpack_from("<IBBHQQ", data, soff + i * 24)
        end = data.find(b"\0", stroff + name)
        sname = data[stroff + name:end].decode()
        if (info & 0xf) == 3:  # STT_SECTION
            sname = raw[shndx][0] and [k for k, v in secs.items() if v[4] == shndx][0]
        syms.append(sname)
        m = LABEL_RE.match(sname)
        if m and shndx == text_idx:
            starts[int(m.group(1))] = value
    relocs = []
    if ".rela.text" in secs:
        _, roff, rsize, _, _, _ = secs[".rela.text"]
        for i in range(rsize // 24):
            off, info, addend = struct.unpack_from("<QQq", data, roff + i * 24)
            relocs.append((off, RELOC_NAMES.get(info & 0xffffffff, str(info & 0xffffffff)), syms[info >> 32], addend))
    order = sorted(starts.items(), key=lambda kv: kv[1])
    out = {}
    for k, (line, start) in enumerate(order):
        end = order[k + 1][1] if k + 1 < len(order) else len(text)
        rel = " ".join(f"{t}@{o - start}:{s}{a:+d}" for o, t, s, a in relocs if start <= o < end)
        out[line] = (text[start:end].hex(), rel)
    return out


def source_for(lines):
    """The .s text for a list of statements: each after its own label, numbered from 0."""
    out = ["\t.text"]
    for n, line in enumerate(lines):
        out.append(f"{LABEL.format(n)}: {line}")
    return "\n".join(out) + "\n"


def diagnostics(stderr):
    """{statement index: [(kind, message)]} from an assembler's stderr for a source_for() file."""
    out = {}
    for line in stderr.splitlines():
        m = DIAG_RE.match(line)
        if m:
            out.setdefault(int(m.group(1)) - 2, []).append((m.group(2), m.group(3)))
    return out
