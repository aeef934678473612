	.data
	.size blob, blob_end - blob
blob:	.skip 20
blob_end:
