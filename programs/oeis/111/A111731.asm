; A111731: Minimal size of a complete cap in (Z/nZ)^2.
; Formula: a(n) = max(lodamod(4*(n-2),7),4)
; 4,4,4,5,4,6,4,4,4

#offset 2

sub $0,2
mul $0,4
mod $0,7
max $0,4
