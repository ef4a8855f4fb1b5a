; A202022: Characteristic functions of repdigit numbers in decimal representation.
; 1,1,1,1,1,1,1,1,1,1,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0

lpb $0
  lpb $0
    add $2,1
    sub $0,10
  lpe
  sub $2,$0
lpe
mov $0,$2
equ $3,$0
mov $0,$3
add $0,2
sub $0,2
