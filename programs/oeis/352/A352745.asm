; A352745: a(n) is the number of Lyndon factors of the Fibonacci string of length n.
; Formula: a(n) = truncate((gcd(max(n-1,0)-3,2)*(max(n-1,0)-3)+3)/2)+1
; 1,1,1,2,2,3,4,4,6,5,8,6,10,7,12,8,14,9,16,10,18,11,20,12,22,13,24,14,26,15,28,16,30,17,32,18,34,19,36,20,38,21,40,22,42,23,44

sub $0,1
max $0,0
sub $0,3
mov $1,$0
gcd $0,2
mul $0,$1
add $0,3
div $0,2
add $0,1
