; A256302: Least prime p such that p+3*k*(k+1) is prime for all k=0,...,n.
; 2,5,5,5,11,11,11,11,11,11,23,23,23,23,23,23,23,23,23,23,23,23

add $0,1
sub $0,1
sub $0,2
add $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  div $1,10
  sub $3,$2
  mov $2,$1
  add $2,$4
  sub $0,1
  add $1,$3
lpe
mov $0,$1
div $0,-2
mul $0,3
add $0,2
