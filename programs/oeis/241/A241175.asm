; A241175: Numbers which cannot be obtained by adding some digit of a number m to m.
; 1,3,5,7,9,21,43,65,87

#offset 1

sub $0,1
seq $1,102239
mov $2,1
lpb $0
  lpb $0
    mul $0,$1
    dif $0,5
    mul $2,10
  lpe
  add $1,$2
  trn $0,1
lpe
mov $0,$1
mul $0,2
sub $0,1
