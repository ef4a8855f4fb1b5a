; A014701: Number of multiplications to compute n-th power by the Chandah-sutra method.
; 0,1,2,2,3,3,4,3,4,4,5,4,5,5,6,4,5,5,6,5,6,6,7,5,6,6,7,6,7,7,8,5,6,6,7,6,7,7,8,6,7,7,8,7,8,8,9,6,7,7,8,7,8,8,9,7,8,8,9,8,9,9,10,6,7,7,8,7,8,8,9,7,8,8,9,8,9,9,10,7

#offset 1

sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  sub $1,2
  dif $3,2
lpe
mov $0,$1
div $0,-2
