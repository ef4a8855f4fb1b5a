; A160242: Triangle A(n,m) read by rows: a quarter of the Fourier coefficient [cos(m*t)] of the shifted Boubaker polynomial B_n(2*cos t)-2*cos(n*t).
; 1,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2

#offset 2

sub $0,2
add $0,1
sub $0,1
sub $1,1
mov $2,$0
lpb $2
  sub $2,1
  add $2,$1
  add $1,-2
lpe
mov $0,$2
mov $3,$0
mov $4,$3
equ $4,0
mul $4,-1
mov $0,$4
add $0,1
add $0,1
