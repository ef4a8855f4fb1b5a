; A019532: Numbers k such that Fibonacci(k) divides k!.
; 1,2,3,4,5,6,8,12,24

#offset 1

sub $0,5
mov $1,$0
lpb $1
  mov $0,1
  sub $1,1
  mov $2,$3
  add $3,2
  mul $3,$1
lpe
add $0,$2
add $0,5
