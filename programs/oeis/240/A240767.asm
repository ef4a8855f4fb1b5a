; A240767: Numbers n such that n^k + (n-1)^k + ... + 3^k + 2^k is prime for some natural number k.
; Formula: a(n) = 2*truncate((n-2)/2)+(truncate((n-2)/6)+(n-2))+3
; 2,3,4,7,8,11,12,16

#offset 1

sub $0,2
mov $1,$0
div $1,6
add $1,$0
div $0,2
mul $0,2
add $0,$1
add $0,3
