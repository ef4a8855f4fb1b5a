; A327565: Number of transfers of marbles between two sets until the first repetition.
; 2,3,4,3,5,4,4,5,6,4,5,6,5,5,6,5,7,6,5,7,6,5,7,6,6,7,6,6,7,6,6,7,8,6,7,8,6,7,8,6,7,8,6,7,8,6,7,8,7,7,8,7,7,8,7,7,8,7,7,8,7,7,8,7,9,8,7,9,8,7,9,8,7,9,8,7,9,8,7,9

#offset 1

sub $0,1
mov $1,1
lpb $0
  lpb $0
    dif $0,2
    add $1,1
  lpe
  mov $2,$1
  trn $0,3
lpe
mov $0,$2
add $0,2
