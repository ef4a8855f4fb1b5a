; A033826: Critical dimensions for N-modular lattices.
; 24,16,12,8,8,6,4,4,4,2

mul $0,7
sub $0,1
lpb $0
  sub $1,1
  mul $0,15
  div $0,21
lpe
mov $0,$1
mul $0,2
add $0,24
