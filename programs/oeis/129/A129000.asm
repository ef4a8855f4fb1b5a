; A129000: Start with an integer (in this case, 1). First, add 5 or 8 if the integer is odd or even, respectively. Then divide by 2.
; 1,3,4,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6

#offset 1

sub $0,1
mov $1,$0
sub $0,1
mov $2,$0
lpb $2
  mov $0,$2
  add $0,1
  sub $2,2
lpe
add $0,3
equ $1,0
mul $1,-1
add $0,$1
