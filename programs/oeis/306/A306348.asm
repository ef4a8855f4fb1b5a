; A306348: Numbers k such that exp(H_k)*log(H_k) <= sigma(k), where H_k is the harmonic number.
; 1,2,3,4,6,12,24,60

#offset 1

sub $0,4
mov $1,$0
add $0,1
lpb $1
  mov $0,0
  sub $1,1
  mov $2,$3
  add $3,3
  add $2,$3
  mul $3,$1
lpe
add $0,$2
add $0,3
