; A204421: Symmetric matrix: f(i,j)=(i+j+2 mod 3), by antidiagonals.
; 1,2,2,0,0,0,1,1,1,1,2,2,2,2,2,0,0,0,0,0,0,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0,0,0,0,0,0,0,0,0,1,1

#offset 1

sub $0,1
mov $5,$0
sub $0,1
trn $0,1
mov $3,$0
sub $0,1
sub $0,1
add $0,2
sub $0,1
lpb $0
  sub $0,3
  sub $0,$1
  sub $1,-1
lpe
lpb $1
  sub $1,3
lpe
mov $0,$1
mov $4,$3
equ $4,0
mul $4,2
add $0,$4
sub $0,2
div $0,-1
mov $6,$5
equ $6,0
add $0,$6
sub $0,1
div $0,-1
add $0,1
