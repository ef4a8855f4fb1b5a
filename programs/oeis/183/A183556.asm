; A183556: Positions of the records of the negative integers in A179319; a(n) is the first position in A179319 equal to -n.
; 1,3,37,71,681,1291,12237,23183,219601,416019,3940597,7465175

#offset 1

sub $0,1
mov $1,$0
gcd $0,1
lpb $1
  add $2,$0
  mul $0,5
  dif $0,20
  mul $0,4
  add $0,$3
  sub $3,$2
  mov $2,$3
  sub $1,1
lpe
dif $0,10
mul $0,2
sub $0,1
