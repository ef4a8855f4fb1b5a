; A323252: Numbers k such that the numerator and denominator of the reduced fraction Sum_{i=1..k} 1/i have no digits in common.
; 2,3,5,6,7,8,10,15

#offset 1

mov $1,6
lpb $0
  dif $0,2
  mul $1,3
lpe
add $1,10
mul $0,$1
div $0,12
add $0,1
