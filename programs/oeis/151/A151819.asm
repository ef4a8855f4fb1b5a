; A151819: First component x of pairs (x,y) where x!+y! is a square, sorted on x.
; 0,0,0,1,1,1,2,4,4,4

#offset 1

sub $0,1
add $0,1
mov $3,$0
sub $0,1
add $0,1
sub $0,1
div $3,4
add $0,2
lpb $0
  sub $0,1
  sub $2,2
lpe
mov $0,$2
sub $0,16
div $0,8
add $0,2
mul $3,$0
mov $0,$3
div $0,-1
