# --compress-debug-sections=zstd at the edges: 40 zero bytes compress to 17 + 24 (header) and stay as they are,
# 41 give exactly as many and stay too (the result must be smaller), 42 shrink; a 16-aligned section records
# its alignment in ch_addralign; a 4.6 KB string section shrinks to about a quarter.
	.section .debug_a,"",@progbits
	.zero 40
	.section .debug_b,"",@progbits
	.zero 41
	.section .debug_c,"",@progbits
	.zero 42
	.section .debug_d,"",@progbits
	.balign 16
	.zero 200
	.section .debug_str,"MS",@progbits,1
	n = 0
	.irp a,alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa,lambda,mu,nu,xi,omicron,pi,rho,sigma,tau
	.irp b,upsilon,phi,chi,psi,omega,one,two,three,four,five,six,seven,eight,nine,ten
	.asciz "\a\()_\b\()_name"
	.long 0x12345678 + n * 40503
	n = n + 1
	.endr
	.endr
	.section .debug_tiny,"",@progbits
	.byte 1, 2, 3
