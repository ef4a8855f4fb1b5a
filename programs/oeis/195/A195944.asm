; A195944: Numbers k such that 13^k has no zero in its decimal expansion.
; 0,1,2,3,4,5,7,10,14

#offset 1

sub $0,1
sub $0,1
gcd $3,$0
sub $3,1
sub $3,2
lpb $3
  sub $3,1
  add $0,$3
lpe
add $0,1
sub $0,4
add $0,4
