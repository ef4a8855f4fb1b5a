; A085296: Runs of zeros in Catalan sequence modulo 3: consecutive occurrences of binomial(2*k,k)/(k+1) == 0 (mod 3).
; 3,12,3,39,3,12,3,120,3,12,3,39,3,12,3,363,3,12,3,39,3,12,3,120,3,12,3,39,3,12,3,1092,3,12,3,39,3,12,3,120,3,12,3,39,3,12,3,363,3,12,3,39,3,12,3,120,3,12,3,39,3,12,3,3279,3,12,3,39,3,12,3,120,3,12,3,39,3,12,3,363

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,1
  sub $0,-1
  dif $0,2
  mul $2,3
lpe
mov $0,$2
mul $0,3
add $0,3
