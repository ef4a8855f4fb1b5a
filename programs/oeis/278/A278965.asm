; A278965: Numbers k such that k! = 2^a * 3^b * c, where a and b are 0 or powers of 2 and c is relatively prime to 6.
; Formula: a(n) = 2*(truncate((n-2)/2)-1)+(4*truncate((n-2)/6)+(n-2))+4
; 1,2,3,6,7,10,11,18,19

#offset 1

sub $0,2
mov $1,$0
div $1,6
mul $1,4
add $1,$0
div $0,2
sub $0,1
mul $0,2
add $0,$1
add $0,4
