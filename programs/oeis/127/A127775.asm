; A127775: Triangle read by rows: row n consists of n-1 zeros followed by 2n-1.
; 1,0,3,0,0,5,0,0,0,7,0,0,0,0,9,0,0,0,0,0,11,0,0,0,0,0,0,13,0,0,0,0,0,0,0,15,0,0,0,0,0,0,0,0,17,0,0,0,0,0,0,0,0,0,19,0,0,0,0,0,0,0,0,0,0,21,0,0,0,0,0,0,0,0,0,0,0,23,0,0

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $2,$0
lpb $2
  add $2,$1
  sub $2,1
  add $1,-1
lpe
mov $0,$1
div $0,-1
add $0,1
sub $1,$0
sub $0,$2
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  mov $1,$2
lpe
mov $0,$1
sub $0,-1
mul $0,-1
add $0,1
