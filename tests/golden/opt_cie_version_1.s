# --gdwarf-cie-version=1 is the default: the same as no option.
	.include "opt_cie_version_3.s"
