; A056810: Numbers whose fourth power is a palindrome.
; Formula: a(n) = truncate((min(n-2,1)+1)/2)+lodapow(10,n-2)
; 0,1,11,101,1001,10001,100001,1000001,10000001,100000001,1000000001,10000000001,100000000001

#offset 1

sub $0,2
mov $1,10
pow $1,$0
min $0,1
add $0,1
div $0,2
add $0,$1
