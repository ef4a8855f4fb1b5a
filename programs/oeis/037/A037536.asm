; A037536: Base-3 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,1.
; 1,5,16,49,149,448,1345,4037,12112,36337,109013,327040,981121,2943365,8830096,26490289,79470869,238412608,715237825,2145713477,6437140432,19311421297,57934263893,173802791680,521408375041

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,3
sub $0,1
lpb $0
  add $2,2
  mul $2,3
  sub $0,1
  sub $2,$1
  add $2,-1
  sub $3,$1
  sub $3,$2
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$2
div $0,5
mul $0,4
add $0,1
sub $0,4
div $0,3
add $0,1
