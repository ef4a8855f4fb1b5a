; A170956: Expansion of Product_{i=1..m} (1 + x^(4*i-1)) for m = 3.
; 1,0,0,1,0,0,0,1,0,0,1,1,0,0,1,0,0,0,1,0,0,1

add $0,$0
sub $0,1
sub $0,1
add $0,$0
sub $0,1
mov $1,4
fac $0,$1
div $0,11
add $0,3
sub $0,2
div $0,-2
div $0,-1
mod $0,2
