; A328263: a(n) = number of letters in a(n-1) (in Polish), with a(1) = 1.
; 1,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5,4,6,5

#offset 1

sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,-1
add $0,3
add $0,$0
sub $0,1
mov $1,$0
lpb $1
  sub $1,3
lpe
mov $0,3
sub $0,-3
lpb $1
  sub $1,1
  add $0,1
lpe
sub $0,5
add $0,1
sub $0,-1
add $0,1
mov $3,$2
equ $3,0
mul $3,-4
add $0,$3
