; A170966: Expansion of Product_{i=0..m-1} (1 + x^(4*i+1)) for m = 3.
; 1,1,0,0,0,1,1,0,0,1,1,0,0,0,1,1

add $0,$0
sub $0,-1
add $0,$0
add $0,$0
sub $0,2
div $0,3
div $0,6
add $0,10
sub $0,9
mod $0,2
