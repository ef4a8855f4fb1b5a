; A082871: First component x of pairs (x,y) where x <= y and x!+y! is a square, sorted on x.
; 0,0,0,1,1,1,2,4

#offset 1

sub $0,1
add $0,2
sub $3,3
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  sub $2,$3
  dif $2,-1
  add $3,2
lpe
add $2,$3
mov $0,$2
sub $0,2
div $0,-4
add $0,4
div $0,-1
sub $0,-5
