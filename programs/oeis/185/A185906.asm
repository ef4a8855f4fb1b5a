; A185906: Weight array of A000007 (which has only one nonzero term and whose second accumulation array is the multiplication table for the positive integers), by antidiagonals.
; 1,-1,-1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $6,$0
sub $0,1
max $0,0
mov $4,$0
sub $0,1
sub $0,1
add $3,1
lpb $0
  sub $0,2
  add $3,$3
lpe
bin $0,$3
mov $5,$4
equ $5,0
add $0,$5
mov $7,$6
equ $7,0
mul $7,2
add $0,$7
