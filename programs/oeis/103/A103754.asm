; A103754: Number of contiguous digits i in the counting numbers, for i=0.
; 1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2

#offset 1

sub $0,1
mov $3,$0
sub $3,2
sub $3,8
mov $0,$3
gcd $0,19
div $0,18
add $0,1
