; A230128: The number of multinomial coefficients over partitions with value equal to 4.
; Formula: a(n) = truncate((n-1)/3)+gcd(binomial(n-1,3),2)-2
; 0,0,0,0,1,1,2,1,2,3,3,2,4,4,4,4,5,5,6,5,6,7,7,6,8,8,8,8,9,9,10,9,10,11,11,10,12,12,12,12,13,13,14,13,14,15,15,14,16,16,16,16,17,17,18,17,18,19,19,18,20,20,20,20,21,21,22,21,22,23,23,22,24,24,24,24,25,25,26,25

#offset 1

sub $0,1
mov $1,$0
bin $1,3
gcd $1,2
div $0,3
add $0,$1
sub $0,2
