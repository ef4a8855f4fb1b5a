; A143058: A007318 * [1, 6, 7, 1, 0, 0, 0, ...].
; 1,7,20,41,71,111,162,225,301,391,496,617,755,911

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
mul $0,4
sub $2,-1
lpb $2
  sub $2,1
  add $3,$0
  sub $1,$3
  add $3,1
  sub $0,$0
  add $3,2
  add $0,$2
lpe
mov $0,$1
div $0,-2
add $0,1
