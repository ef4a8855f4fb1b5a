; A383387: Maximum number of steps needed to reach a reachable directed graph by n agents using the LNS protocol (see A307085).
; 0,1,3,4,6,10,13,16

#offset 1

sub $0,1
mov $2,$0
sub $0,1
lpb $2
  sub $2,1
  sub $0,-1
  sub $0,1
  lpb $0
    sub $0,2
    div $0,2
    add $1,8
  lpe
  mov $0,$1
  div $0,8
  add $0,1
  mov $3,$2
  equ $3,0
lpe
mul $3,-1
add $0,$3
sub $0,-1
