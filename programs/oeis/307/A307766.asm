; A307766: Number of palindromic hexagonal numbers of length n whose index is also palindromic.
; 3,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,3
sub $0,2
add $0,6
mov $1,$0
lpb $1
  sub $1,4
  add $0,3
lpe
sub $0,7
lpb $0
  sub $0,1
  mod $0,2
  add $0,2
lpe
mod $0,2
add $0,2
mod $0,2
mov $3,$2
equ $3,0
mul $3,2
add $0,$3
