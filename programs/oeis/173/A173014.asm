; A173014: a(1) = 1, for n >= 2; a(n) = the smallest number h such that sigma(h) = A000203(h) = a(n-1) + 4, a(n) = 0 if no such number exists.
; 1,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7

#offset 1

sub $0,1
mov $6,$0
sub $0,1
mov $4,$0
sub $0,1
sub $5,1
add $0,1
sub $2,-1
lpb $0
  add $2,$1
  sub $0,1
  mul $1,-1
  add $2,$2
  add $3,$3
  add $1,2
  add $1,$2
  add $1,$2
  sub $2,$1
  add $1,$2
  add $1,$2
  sub $3,$2
  div $1,-1
lpe
mov $0,$3
div $0,2
mul $0,2
add $0,1
lpb $1
  sub $1,1
  mov $5,$4
  equ $5,0
lpe
mul $5,-1
add $0,$5
mov $7,$6
equ $7,0
add $0,$7
add $0,-2
mod $0,10
