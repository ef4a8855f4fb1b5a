; A144876: Maximal number of distinct polyominoes into which an n X n square can be divided.
; 1,2,4,5,8,10,13,16,19,22,26,30,34,38

#offset 1

sub $0,4
mov $1,$0
mov $2,$0
mul $2,$0
div $2,8
add $0,$2
add $0,1
lpb $0
  sub $0,1
  mul $0,2
lpe
add $0,$1
add $0,5
