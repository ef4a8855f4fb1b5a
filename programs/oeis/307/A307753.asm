; A307753: Number of palindromic pentagonal numbers of length n whose index is also palindromic.
; 3,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,2
add $0,1
mov $1,$0
lpb $1
  sub $1,1
  sub $2,$3
  mul $3,$2
  trn $3,$2
  sub $2,$3
  sub $2,4
  sub $2,4
lpe
mov $0,$2
div $0,-8
sub $0,2
mul $0,8
add $0,16
div $0,18
add $0,1
mod $0,2
mov $5,$4
equ $5,0
mul $5,2
add $0,$5
