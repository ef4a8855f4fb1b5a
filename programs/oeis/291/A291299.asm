; A291299: Partial domination number of Fibonacci cube Gamma_n.
; 2,2,2,4,6,8,10,14,20,30

#offset 1

sub $0,1
sub $0,1
sub $0,1
mov $3,1
lpb $0
  sub $0,1
  mul $3,10
lpe
add $3,-1
nrt $3,6
mov $0,$3
mul $0,2
add $0,2
