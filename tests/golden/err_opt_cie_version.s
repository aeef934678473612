# --gdwarf-cie-version takes 1, 3 or 4.
	nop
