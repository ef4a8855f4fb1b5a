; A178788: Characteristic function of numbers having distinct digits in their decimal representation.
; 1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1

mov $3,1
sub $0,1
mul $3,11
mod $0,$3
div $0,10
sub $0,1
sub $0,-1
mul $0,-1
add $0,1
