; A004047: The coding-theoretic function A(n,10,9).
; Formula: a(n) = truncate((11*(n-9)+lodapow(2,n-9))/63)+1
; 1,1,1,1,1,2,3,4,6,10,19

#offset 9

sub $0,9
mov $1,2
pow $1,$0
mul $0,11
add $0,$1
div $0,63
add $0,1
