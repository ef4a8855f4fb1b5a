; A369833: a(n) is the number of distinct values of the permanent of an n X n symmetric Toeplitz matrix using the first n prime numbers.
; 1,1,1,6,24,120,720,5040,40320,362880

mov $1,1
fac $1,$0
lpb $1
  sub $1,3
  mov $0,$1
  mul $1,$0
lpe
mov $0,$1
mul $0,3
sub $0,3
div $0,3
add $0,1
