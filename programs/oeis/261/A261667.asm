; A261667: Dimension of a certain space of duality relations arising in study of q-analogs of multiple zeta values.
; 0,0,0,0,1,2,6,12,25,48,90

#offset 2

sub $0,2
add $0,-1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $1,1
add $0,-1
add $0,$0
lpb $0
  sub $3,$1
  add $2,1
  add $1,$3
  add $1,$3
  sub $0,1
  sub $0,1
  sub $2,$1
  sub $4,$3
  sub $3,$2
  sub $2,$1
  sub $3,$1
  sub $2,$3
  add $2,$4
  add $2,$1
  add $1,$3
lpe
mov $0,$3
div $0,2
add $0,1
sub $0,3
add $0,2
div $0,-1
