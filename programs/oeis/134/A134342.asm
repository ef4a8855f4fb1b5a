; A134342: Accepted inputs by a certain adaptive automaton (number 4258072) with two adaptive functions and unary numbers as input.
; 0,2,5,9,15,24,38,59,90,137,207,312,470,707,1062,1595,2394,3593,5391,8088

sub $0,1
add $0,5
lpb $0
  sub $0,1
  mov $2,$3
  add $2,$1
  div $1,-2
  sub $3,$1
  add $1,$2
  sub $1,1
lpe
mov $0,$2
sub $0,-3
div $0,-1
