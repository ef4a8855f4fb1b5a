; A112609: Number of representations of n as a sum of three times a triangular number and four times a triangular number.
; 1,0,0,1,1,0,0,1,0,1,0,0,1,1,0,1,0,0,1,0,0,1,1,0,1,0,0,1,0,0,2,0,0,1,1,0,0,0,0,0,1,0,2,1,0,1,0,0,0,2,0,0,0,0,1,0,0,1,1,0,1,0,0,2,0,0,0,1,0,2,1,0,0,0,0,1,0,0,1,0

mul $0,8
sub $3,$0
add $0,4
lpb $0
  sub $1,$2
  add $3,2
  mov $2,$3
  gcd $2,$0
  bin $2,$3
  div $1,-1
  sub $0,1
  add $3,1
lpe
mov $0,$1
add $0,1
div $0,2
