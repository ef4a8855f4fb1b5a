; A178788: Characteristic function of numbers having distinct digits in their decimal representation.
; 1,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-2
mul $0,$0
mov $3,$0
mul $3,8
mov $0,$3
sub $0,2
pow $0,3
sub $0,1293
add $0,512
add $0,128
add $0,125
sub $0,-403
add $0,125
sub $0,216
div $0,11
add $0,27
mod $0,2
