	.loc_mark_labels 2
	.loc_mark_labels 1 x
