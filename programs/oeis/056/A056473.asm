; A056473: Number of palindromic structures using exactly four different symbols.
; 0,0,0,0,0,0,1,1,10,10,65,65,350,350,1701,1701,7770,7770,34105,34105,145750,145750,611501,611501,2532530,2532530,10391745,10391745,42355950,42355950,171798901

#offset 1

sub $0,1
sub $0,1
sub $0,4
add $0,1
sub $0,1
add $3,6
add $0,1
lpb $0
  sub $0,2
  mul $1,4
  add $2,$3
  add $2,$2
  mul $3,3
  add $1,$2
  add $4,$1
lpe
mov $0,$4
sub $0,12
div $0,12
add $0,1
