; A369833: a(n) is the number of distinct values of the permanent of an n X n symmetric Toeplitz matrix using the first n prime numbers.
; 1,1,1,6,24,120,720,5040,40320,362880

add $0,1
sub $0,1
sub $0,1
max $0,0
add $0,1
sub $0,1
mov $2,$0
add $1,$0
lpb $2
  sub $2,2
  add $2,$1
lpe
mov $0,2
fac $0,$2
mov $2,$0
sub $2,3
mov $0,$2
add $0,1
sub $0,-1
add $0,1
