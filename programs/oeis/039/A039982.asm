; A039982: Let phi denote the morphism 0 -> 11, 1 -> 10. This sequence is the limit S(oo) where S(0) = 1; S(n+1) = 1.phi(S(n)).
; 1,1,0,1,0,1,1,1,0,1,1,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,0,1,0,1,1,1,0,1,1,1,0,1,1,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,1,1,0,1,1,1

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
  add $2,$0
  add $0,-1
  dif $0,2
lpe
mov $0,$2
add $0,3
mod $0,2
