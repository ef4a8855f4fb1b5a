; A168046: Characteristic function of zerofree numbers in decimal representation.
; 0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1

mov $2,$0
lpb $2
  sub $2,1
  mul $0,-1
lpe
mod $0,10
add $0,10
mod $0,11
mod $0,2
