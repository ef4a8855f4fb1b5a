; A332026: Savannah problem: number of new possibilities after n weeks.
; 3,4,3,5,4,4,6,5,5,5,7,6,6,6,6,8,7,7,7,7,7,9,8,8,8,8,8,8,10,9,9,9,9,9,9,9,11,10,10,10,10,10,10,10,10,12,11,11,11,11,11,11,11,11,11,13,12,12,12,12,12,12,12,12,12

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
gcd $2,$0
sub $1,1
add $2,-1
lpb $2
  add $2,$1
  add $1,-1
lpe
mov $0,$2
mov $3,$0
mov $4,$3
equ $4,0
sub $4,$1
mov $0,$4
sub $0,-2
mul $0,-1
add $0,1
mul $0,-1
