; A362918: Length of the part of n to the left of the decimal point in the Dekking-van-Loon-canonical base phi representation of n.
; 1,1,2,2,3,4,4,4,5,5,5,5,6

sub $0,1
max $0,0
mul $0,$0
mov $1,$0
mov $0,1
mov $2,2
lpb $1
  sub $1,$0
  add $2,$0
  add $0,$2
  add $3,1
lpe
mov $0,$3
add $0,1
