; A110867: Highest minimal distance of Type I but not Type II additive Hermitian self-dual codes of length n over GF(4).
; 1,1,2,2,3,3,3,4,4,4,5,5,5

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
mul $0,4
lpb $0
  sub $0,7
  sub $0,$1
  sub $0,$1
  sub $1,-1
lpe
mov $0,$1
add $0,4
sub $0,6
add $0,1
sub $0,1
add $0,2
add $0,1
