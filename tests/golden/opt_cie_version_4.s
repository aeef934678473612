# --gdwarf-cie-version=4: version 4 CIEs also carry the address size (8) and segment selector size (0)
# after the augmentation string.
	.include "opt_cie_version_3.s"
