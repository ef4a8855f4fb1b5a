; A273045: Fibonacci numbers with digits in nondecreasing order.
; Formula: a(n) = truncate(A001595(truncate((n-2)/7)+gcd(0,n-2))/2)+1-(n-1==0)
; 0,1,1,2,3,5,8,13,34,55,89,144,233,377

#offset 1

sub $0,1
mov $1,$0
sub $0,1
gcd $2,$0
div $0,7
add $0,$2
seq $0,1595
div $0,2
add $0,1
equ $1,0
mul $1,-1
add $0,$1
