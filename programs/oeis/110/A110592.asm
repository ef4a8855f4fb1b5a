; A110592: Number of digits in base-5 representation of n. String length of A007091.
; 1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

sub $0,3
sub $0,1
pow $2,$3
add $0,2
sub $0,1
add $0,$0
mul $0,2
lpb $0
  add $2,2
  sub $0,1
  sub $2,2
  add $2,-1
  sub $3,$2
  div $0,4
  sub $3,$1
  sub $2,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$3
add $0,1
