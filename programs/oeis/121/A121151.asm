; A121151: Minimal number of vertices in an n-polytrimino (or n-polyiamond).
; 3,4,5,6,7,7,8,9,10,10,11,12,12,13

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
mov $1,$0
lpb $1
  add $2,$2
  add $2,1
  sub $1,1
  add $2,$0
  nrt $2,2
  add $0,$1
lpe
mov $0,$2
sub $0,1
sub $0,-1
add $0,3
