; A294510: Residues modulo 24 of curvatures in the Apollonian circle packing A042944.
; Formula: a(n) = 2*(truncate(n%4/-2)+n)+n-1
; 2,3,6,11,14,15,18,23

#offset 1

mov $1,$0
mod $0,4
div $0,-2
add $0,$1
mul $0,2
add $0,$1
sub $0,1
