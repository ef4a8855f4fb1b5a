; A141473: Number of 3-equitable permutations: permutations on n letters equally avoiding each permutation of S_3.
; 6,2,2,0,0,4,2,0,0

#offset 3

sub $0,4
bin $1,$0
mod $0,4
lpb $0
  sub $0,7
  div $0,-2
lpe
add $0,$1
mul $0,-2
add $0,4
