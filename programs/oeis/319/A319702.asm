; A319702: Filter sequence for sequences that are constant for all even terms >= 2.
; 1,2,3,2,4,2,5,2,6,2,7,2,8,2,9,2,10,2,11,2,12,2,13,2,14,2,15,2,16,2,17,2,18,2,19,2,20,2,21,2,22,2,23,2,24,2,25,2,26,2,27,2,28,2,29,2,30,2,31,2,32,2,33,2,34,2,35,2,36,2,37,2,38,2,39,2,40,2,41,2

#offset 1

sub $0,1
mov $2,$0
sub $0,1
add $0,1
sub $0,1
add $0,3
sub $0,1
mov $1,$0
add $1,1
lpb $1
  sub $1,2
  add $0,2
lpe
add $0,6
add $0,7
sub $0,16
lpb $1
  sub $1,1
  lpb $0
    sub $0,1
  lpe
lpe
div $0,2
add $0,2
mov $3,$2
equ $3,0
mul $3,-2
add $0,$3
div $0,2
add $0,1
