; A196389: Triangle T(n,k), read by rows, given by (0,1,-1,0,0,0,0,0,0,0,...) DELTA (1,0,0,1,0,0,0,0,0,0,0,...) where DELTA is the operator defined in A084938.
; 1,0,1,0,1,1,0,0,2,1,0,0,0,3,1,0,0,0,0,4,1,0,0,0,0,0,5,1,0,0,0,0,0,0,6,1,0,0,0,0,0,0,0,7,1,0,0,0,0,0,0,0,0,8,1,0,0,0,0,0,0,0,0,0,9,1

mov $2,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
sub $0,1
sub $0,-1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,-1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
trn $0,-1
bin $1,$0
sub $0,1
bin $0,$1
mov $3,$2
equ $3,0
add $0,$3
