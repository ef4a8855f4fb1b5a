; A214813: Maximal contact number of a subset of n balls from the face-centered cubic lattice.
; 0,1,3,6,9,12,15,18,21

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
pow $2,$0
mul $0,3
gcd $0,$2
sub $0,1
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
