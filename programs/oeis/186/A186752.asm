; A186752: Length of minimum representation of the permutation [n,n-1,...,1] as the product of transpositions (1,2) and left and right rotations (1,2,...,n).
; 0,1,2,4,8,13,19,26,34,43,53,64,76

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $3,1
add $0,1
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  add $3,1
  add $3,$2
lpe
max $3,$0
mov $0,$3
sub $0,1
