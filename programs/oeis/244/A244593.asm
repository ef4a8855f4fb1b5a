; A244593: Decimal expansion of z_c = phi^5 (where phi is the golden ratio), a lattice statistics constant which is the exact value of the critical activity of the hard hexagon model.
; Formula: a(n) = -(lodamod(truncate((sqrtint(5*(10^(max(max(n-3,0)-1,0)+2)*10^(max(max(n-3,0)-1,0)+2)))+10^(max(max(n-3,0)-1,0)+2))/-4),10)-(max(n-3,0)==0))
; 1,1,0,9,0,1,6,9,9,4,3,7,4,9,4,7,4,2,4,1,0,2,2,9,3,4,1,7,1,8,2,8,1,9,0,5,8,8,6,0,1,5,4,5,8,9,9,0,2,8,8,1,4,3,1,0,6,7,7,2,4,3,1,1,3,5,2,6,3,0,2,3,1,4,0,9,4,5,1,2

#offset 2

sub $0,3
max $0,0
mov $1,$0
sub $0,1
max $0,0
add $0,2
mov $2,10
pow $2,$0
mov $0,$2
mul $0,$2
mul $0,5
nrt $0,2
add $0,$2
div $0,-4
mod $0,10
equ $1,0
mul $1,-1
add $0,$1
mul $0,-1
