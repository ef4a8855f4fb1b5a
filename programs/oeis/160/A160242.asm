; A160242: Triangle A(n,m) read by rows: a quarter of the Fourier coefficient [cos(m*t)] of the shifted Boubaker polynomial B_n(2*cos t)-2*cos(n*t).
; 1,2,1,2,2,2,1,2,2,2,2,2,1,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2

#offset 2

sub $0,2
mov $2,$0
sub $0,1
max $0,0
add $1,1
add $0,1
sub $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  sub $0,1
  sub $0,$1
  sub $1,-2
  add $0,1
lpe
bin $0,$1
add $0,1
mov $3,$2
equ $3,0
add $0,$3
mod $0,2
add $0,1
