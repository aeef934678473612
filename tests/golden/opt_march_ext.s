# -march=k8 (the last one wins) with the extensions the code needs, and -mtune=k8.
	.include "opt_march.s"
