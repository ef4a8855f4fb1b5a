; A170966: Expansion of Product_{i=0..m-1} (1 + x^(4*i+1)) for m = 3.
; 1,1,0,0,0,1,1,0,0,1,1,0,0,0,1,1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,-1
add $0,3
add $0,$0
sub $0,1
mov $1,$0
lpb $1
  sub $0,1
  sub $1,3
  sub $0,1
  add $0,4
lpe
add $0,$0
sub $0,2
sub $0,1
mul $0,2
sub $0,-8
div $0,3
sub $0,1
sub $0,-3
lpb $1
  sub $1,1
  add $0,1
lpe
sub $0,5
add $0,1
sub $0,-1
add $0,1
mod $0,2
