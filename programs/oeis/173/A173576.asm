; A173576: 6-Factorions: equal to the sum of the 6-ple factorials of their digits in base 10.
; 1,2,3,4,5,6,7,29

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $3,$0
gcd $0,7
mul $0,$3
add $3,$0
mov $0,$3
div $0,2
add $0,1
