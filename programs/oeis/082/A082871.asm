; A082871: First component x of pairs (x,y) where x <= y and x!+y! is a square, sorted on x.
; 0,0,0,1,1,1,2,4

#offset 1

sub $0,1
sub $0,8
sub $0,1
add $0,3
sub $1,$0
lpb $0
  sub $0,1
  add $1,$1
  sub $1,4
lpe
mov $0,$1
sub $0,-20
div $0,3
add $0,1
sub $0,2
mul $0,2
add $0,10
sub $0,24
div $0,-2
