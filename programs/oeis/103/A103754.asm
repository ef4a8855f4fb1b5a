; A103754: Number of contiguous digits i in the counting numbers, for i=0.
; 1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2

#offset 1

sub $0,1
add $0,2
mul $0,2
sub $0,1
sub $0,1
sub $3,$0
mov $0,$3
mul $0,-2
sub $0,6
gcd $0,19
div $0,18
add $0,1
