; A095973: Yard markers on a U.S.A. football field.
; 0,10,20,30,40,50,40,30,20,10,0

sub $0,6
sub $0,1
add $0,1
add $0,2
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  sub $0,1
  sub $0,1
lpe
sub $0,-2
div $0,-1
add $0,10
sub $0,12
mul $0,-10
