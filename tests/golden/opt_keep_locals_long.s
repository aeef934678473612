# --keep-locals is -L's long name.
	.include "opt_keep_locals.s"
