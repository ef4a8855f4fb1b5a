; A356276: a(n) is the number of integers that can be written as (3 + 1/t_1)^m * (3 + 1/t_2)^(n-m) with integers t_1,t_2 >= 2 and 0 < m < n.
; 2,2,3,2,4,3,4,5,4,4

#offset 2

sub $0,2
add $0,1
add $0,1
add $0,1
sub $0,1
sub $0,-1
add $3,2
add $0,1
lpb $0
  sub $0,1
  mul $1,11
  add $2,$3
  add $1,$2
  sub $2,$3
  lpb $3
    add $2,1
    equ $3,1
  lpe
  mul $2,10
  add $1,$2
  div $1,11
  div $1,8
lpe
div $1,5
mov $0,$1
div $0,22
mod $0,10
div $0,-1
div $0,3
div $0,-1
add $0,2
