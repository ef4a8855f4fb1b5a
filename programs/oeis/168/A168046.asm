; A168046: Characteristic function of zerofree numbers in decimal representation.
; 0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1

lpb $0
  add $0,3
lpe
mod $0,10
sub $0,5
div $0,-5
sub $0,2
div $0,-2
