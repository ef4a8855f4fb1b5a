; A132918: Identity matrix with interpolated zeros.
; 1,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0

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
  add $1,-1
  add $2,$1
lpe
mov $0,$2
mov $3,$0
mov $4,$3
equ $4,0
mul $4,$1
mov $0,$4
add $0,1
add $0,1
mod $0,2
add $0,2
mod $0,2
