; A183556: Positions of the records of the negative integers in A179319; a(n) is the first position in A179319 equal to -n.
; 1,3,37,71,681,1291,12237,23183,219601,416019,3940597,7465175

#offset 1

sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,$0
lpb $0
  sub $3,2
  add $2,$4
  add $2,$4
  add $1,$3
  add $2,2
  sub $4,$1
  add $2,$3
  sub $4,$1
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $4,$1
  add $3,1
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$2
sub $0,1
mul $0,2
add $0,1
