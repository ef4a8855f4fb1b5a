; A134342: Accepted inputs by a certain adaptive automaton (number 4258072) with two adaptive functions and unary numbers as input.
; 0,2,5,9,15,24,38,59,90,137,207,312,470,707,1062,1595,2394,3593,5391,8088

sub $0,1
add $0,1
sub $0,3
add $0,1
add $0,3
sub $3,3
mov $1,$0
lpb $1
  mul $3,3
  sub $1,1
  div $3,2
lpe
mov $0,$3
sub $0,-3
mul $0,-2
add $0,2
sub $0,4
div $0,2
