; A071766: Denominator of the continued fraction expansion whose terms are the first-order differences of exponents in the binary representation of 4n, with the exponents of 2 being listed in descending order.
; 1,1,1,2,1,2,3,3,1,2,3,3,4,5,4,5,1,2,3,3,4,5,4,5,5,7,7,8,5,7,7,8,1,2,3,3,4,5,4,5,5,7,7,8,5,7,7,8,6,9,10,11,9,12,11,13,6,9,10,11,9,12,11,13,1,2,3,3,4,5,4,5,5,7,7,8,5,7,7,8

mov $1,1
lpb $0
  lpb $0
    dif $0,2
    add $2,$1
  lpe
  add $2,$1
  sub $1,2
  sub $1,$2
  div $0,2
  mul $1,-1
lpe
sub $2,$1
mov $0,$2
add $0,2
