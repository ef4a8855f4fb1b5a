; A111731: Minimal size of a complete cap in (Z/nZ)^2.
; 4,4,4,5,4,6,4,4,4

#offset 2

sub $0,2
mul $0,4
mod $0,7
max $0,4
