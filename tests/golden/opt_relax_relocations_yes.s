# -mrelax-relocations=yes (the default), spelled out: GOTPCRELX and REX_GOTPCRELX.
# The input is the opt_relax_relocations_no case's.
	.include "opt_relax_relocations_no.s"
