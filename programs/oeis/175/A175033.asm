; A175033: Numbers n such that (ceiling(sqrt(n*n/2)))^2 - n*n/2 = 17/2.
; 9,15,55,89,321,519,1871,3025,10905,17631,63559,102761,370449,598935,2159135,3490849,12584361,20346159,73347031,118586105,427497825,691170471

#offset 1

sub $0,1
sub $0,-1
sub $0,1
sub $0,1
sub $0,1
add $0,4
sub $0,1
sub $2,1
add $0,1
add $0,$0
lpb $0
  sub $3,1
  add $2,$4
  add $2,5
  add $1,$3
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $4,$1
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$2
sub $0,4
mul $0,2
add $0,9
