; A112607: Number of representations of n as a sum of a triangular number and twelve times a triangular number.
; 1,1,0,1,0,0,1,0,0,0,1,0,1,1,0,2,0,0,1,0,0,1,1,0,0,0,0,1,1,0,0,0,0,1,0,0,2,1,0,1,1,0,1,0,0,1,1,0,1,0,0,1,0,0,0,1,0,2,0,0,0,0,0,0,1,0,1,1,0,0,0,0,2,1,0,1,0,0,3,0

mul $0,8
add $0,12
sub $1,$0
lpb $0
  sub $2,$3
  add $1,2
  mov $3,$1
  gcd $3,$0
  bin $3,$1
  div $2,-1
  sub $0,1
  add $1,1
lpe
mov $0,$2
add $0,1
div $0,2
