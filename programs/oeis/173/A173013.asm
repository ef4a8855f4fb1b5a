; A173013: a(1) = 1, for n >= 2; a(n) = the smallest number h such that sigma(h) = A000203(h) = a(n-1) + 3, a(n) = 0 if no such number exists.
; 1,3,5,7,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2

#offset 1

mul $0,2
sub $0,5
mov $1,$0
lpb $0
  sub $0,4
  add $2,$3
  mov $3,$1
  bin $3,$0
lpe
add $3,$2
sub $0,$3
mod $0,5
add $0,14
mod $0,10
