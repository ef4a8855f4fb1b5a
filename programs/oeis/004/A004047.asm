; A004047: The coding-theoretic function A(n,10,9).
; 1,1,1,1,1,2,3,4,6,10,19

#offset 9

sub $0,9
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $1,1
add $0,1
sub $0,2
add $0,1
sub $0,1
add $0,$0
add $0,4
lpb $0
  sub $2,$1
  add $2,$4
  mul $3,-1
  add $1,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  add $2,1
  sub $3,$2
  add $1,$3
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$4
sub $0,2
add $0,3
sub $0,1
div $0,-1
add $0,1
