; A060588: If the final two digits of n written in base 3 are the same then this digit, otherwise mod 3-sum of these two digits.
; 0,2,1,2,1,0,1,0,2,0,2,1,2,1,0,1,0,2,0,2,1,2,1,0,1,0,2,0,2,1,2,1,0,1,0,2,0,2,1,2,1,0,1,0,2,0,2,1,2,1,0,1,0,2,0,2,1,2,1,0,1,0,2,0,2,1,2,1,0,1,0,2,0,2,1,2,1,0,1,0

sub $0,1
add $1,3
sub $0,1
add $0,2
add $1,$0
add $0,$1
mul $0,4
div $0,6
sub $0,2
mul $0,2
lpb $0
  sub $0,1
  add $0,1
  sub $0,3
lpe
