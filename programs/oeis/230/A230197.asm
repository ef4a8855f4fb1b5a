; A230197: The number of multinomial coefficients over partitions with value equal to 7.
; Formula: a(n) = truncate((gcd(n,7)+(0-n))/-6)
; 0,0,0,0,0,0,0,1,1,1,1,1,2,1,2,2,2,2,3,3,2,3,3,3,4,4,4,3,4,4,5,5,5,5,4,5,6,6,6,6,6,5,7,7,7,7,7,7,7,8,8,8,8,8,9,8,9,9,9,9,10,10,9,10,10,10,11,11,11,10,11,11,12,12,12

#offset 1

sub $1,$0
gcd $0,7
add $0,$1
div $0,-6
