; A160517: A walk of 10-divisible "less regular" figurate cuboctahedra, from sequence A160249.
; 10,20,50,80,140,200,300,400,550,700,910,1120,1400,1680,2040,2400,2850,3300,3850,4400,5060,5720,6500,7280,8190,9100,10150,11200,12400,13600

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,3
mov $1,$0
mul $1,$0
add $1,-1
lpb $1
  sub $1,3
  add $1,-1
  add $3,$0
lpe
mov $0,$3
div $0,3
sub $0,2
mul $0,5
add $0,10
