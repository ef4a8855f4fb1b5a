; A160517: A walk of 10-divisible "less regular" figurate cuboctahedra, from sequence A160249.
; 10,20,50,80,140,200,300,400,550,700,910,1120,1400,1680,2040,2400,2850,3300,3850,4400,5060,5720,6500,7280,8190,9100,10150,11200,12400,13600

#offset 1

sub $0,1
sub $0,1
add $0,4
add $0,$0
lpb $0
  add $5,$4
  add $2,2
  add $1,$3
  add $2,$3
  sub $2,-3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$5
div $0,10
sub $0,1
mul $0,10
add $0,10
