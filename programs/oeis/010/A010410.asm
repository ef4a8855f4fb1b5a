; A010410: Squares mod 49.
; 0,1,2,4,8,9,11,15,16,18,22,23,25,29,30,32,36,37,39,43,44,46

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
sub $0,1
add $0,$0
add $0,3
add $0,4
lpb $0
  add $1,$3
  add $2,2
  add $2,$3
  sub $0,1
  sub $2,$3
  add $1,$3
  sub $3,$2
  add $2,$3
  add $2,$3
  add $1,3
  add $2,$3
  sub $1,$3
lpe
mov $0,$1
div $0,-1
div $0,2
add $0,1
lpb $0
  sub $0,1
  sub $0,1
  div $0,-1
  sub $0,2
  add $0,1
lpe
sub $0,6
add $0,2
sub $0,-4
div $0,-1
