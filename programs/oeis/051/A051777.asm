; A051777: Triangle read by rows, where row (n) = n mod n, n mod (n-1), n mod (n-2), ...n mod 1.
; 0,0,0,0,1,0,0,1,0,0,0,1,2,1,0,0,1,2,0,0,0,0,1,2,3,1,1,0,0,1,2,3,0,2,0,0,0,1,2,3,4,1,0,1,0,0,1,2,3,4,0,2,1,0,0,0,1,2,3,4,5,1,3,2,1,0,0,1,2,3,4,5,0,2,0,0,0,0,0,1

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
sub $0,1
sub $1,$0
add $0,2
sub $0,1
lpb $0
  sub $0,1
  sub $0,$1
  add $0,1
lpe
sub $0,1
add $0,-1
add $0,1
sub $0,1
sub $0,-2
