; A225743: Triangular array:  row n is least squarefree word of length n using positive integers.
; 1,1,2,1,2,1,1,2,1,3,1,2,1,3,1,1,2,1,3,1,2,1,2,1,3,1,2,1,1,2,1,3,1,2,1,4,1,2,1,3,1,2,1,4,1,1,2,1,3,1,2,1,4,1,2,1,2,1,3,1,2,1,4,1,2,1,1,2,1,3,1,2,1,4,1,2,1,3,1,2

#offset 1

sub $0,1
lpb $0
  add $1,1
  sub $0,$1
lpe
seq $0,59132
div $0,6
add $0,1
