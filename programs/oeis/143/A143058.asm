; A143058: A007318 * [1, 6, 7, 1, 0, 0, 0, ...].
; 1,7,20,41,71,111,162,225,301,391,496,617,755,911

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $2,$0
sub $0,1
add $0,1
add $0,1
lpb $0
  add $2,$0
  sub $0,1
  add $3,7
  sub $1,$2
  sub $1,$3
lpe
mov $0,$1
sub $0,-7
mul $0,-3
div $0,6
add $0,4
sub $0,13
add $0,4
add $0,$2
sub $0,-5
add $0,6
mov $5,$4
equ $5,0
mul $5,-6
add $0,$5
