; A145461: Numbers that can be written with a single digit in base 10 as well as in some base b<10.
; 0,1,2,3,4,5,6,7,8,9,777

#offset 1

sub $0,1
mov $1,1
lpb $0
  lpb $0
    mul $0,7
    seq $1,282115
    dif $0,10
    add $1,10
  lpe
  add $2,$1
  trn $0,1
lpe
mov $0,$2
