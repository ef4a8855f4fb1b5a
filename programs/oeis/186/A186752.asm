; A186752: Length of minimum representation of the permutation [n,n-1,...,1] as the product of transpositions (1,2) and left and right rotations (1,2,...,n).
; 0,1,2,4,8,13,19,26,34,43,53,64,76

#offset 1

sub $0,1
mov $4,$0
sub $0,1
mov $3,$0
max $0,2
lpb $3
  add $0,$3
  sub $3,1
lpe
mul $0,98
add $0,6
sub $0,202
div $0,98
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
