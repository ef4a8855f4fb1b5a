; A307138: State complexity profile of R-Lambda_24 version of Leech lattice.
; 1,4,16,64,64,256,256,256,256,1024,1024,1024,1024

#offset 1

sub $0,2
mov $1,$0
mov $2,4
lpb $0
  div $0,2
  mul $2,4
lpe
mov $0,$2
equ $1,-1
mul $1,-3
add $0,$1
