; A044812: Numbers n such that string 9,9 occurs in the base 10 representation of n but not of n+1.
; 99,199,299,399,499,599,699,799,899,999,1099,1199,1299,1399,1499,1599,1699,1799,1899,1999,2099,2199,2299,2399,2499,2599,2699,2799,2899,2999,3099,3199,3299,3399,3499,3599,3699,3799,3899

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,2
sub $0,1
sub $0,2
add $0,7
add $0,$0
add $1,$0
sub $3,$1
mov $0,$4
sub $0,12
sub $3,2
sub $3,$0
mov $0,$3
sub $0,10
mul $0,-5
add $0,10
mul $0,10
add $0,1
sub $0,2
mul $0,420
add $0,420
sub $0,420
div $0,420
