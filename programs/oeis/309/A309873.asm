; A309873: Period-doubling turn sequence, +1 when the 2-adic valuation of n is even or -1 when odd.
; 1,-1,1,1,1,-1,1,-1,1,-1,1,1,1,-1,1,1,1,-1,1,1,1,-1,1,-1,1,-1,1,1,1,-1,1,-1,1,-1,1,1,1,-1,1,-1,1,-1,1,1,1,-1,1,1,1,-1,1,1,1,-1,1,-1,1,-1,1,1,1,-1,1,1,1,-1,1,1,1,-1,1,-1,1,-1,1,1,1,-1,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,-1
add $0,2
sub $0,3
add $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  dif $0,4
lpe
div $0,-1
mod $0,2
mul $0,-1
add $0,2
sub $0,2
div $0,-1
sub $0,-1
mul $0,-2
add $0,1
