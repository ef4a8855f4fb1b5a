; A307753: Number of palindromic pentagonal numbers of length n whose index is also palindromic.
; 3,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $2,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
mov $1,$0
add $0,2
mul $0,2
lpb $1
  sub $1,1
  add $0,4
  sub $0,10
  div $0,2
lpe
div $0,4
add $0,1
mod $0,2
mov $3,$2
equ $3,0
mul $3,2
add $0,$3
