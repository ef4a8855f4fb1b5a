; A261040: Values of c such that the Diophantine equation 5*a + 3*b = c has no solutions in positive integers.
; 1,2,3,4,5,6,7,9,10,12,15

#offset 1

sub $0,1
add $0,1
mov $5,$0
sub $0,1
sub $0,1
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  sub $4,$1
  sub $3,$1
  sub $3,$2
  mov $2,$1
  sub $3,$1
  add $1,$3
lpe
pow $1,2
mov $0,$1
div $0,13
mov $6,$5
add $0,$6
