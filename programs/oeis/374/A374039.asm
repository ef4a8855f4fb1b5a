; A374039: a(n) = 1 if the 3-adic valuation of n is not 1, otherwise 0.
; 1,1,0,1,1,0,1,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,1,0,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,2
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,4
sub $0,1
add $0,12
add $0,$0
mov $1,$0
lpb $1
  sub $1,3
  add $0,5
lpe
add $0,2
div $0,2
dif $0,6
mul $0,3
sub $0,-14
sub $0,4
div $0,3
add $0,1
sub $0,21
add $0,1
add $0,-1
mod $0,2
mul $0,-1
add $0,1
