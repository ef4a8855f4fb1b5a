; A014963: Exponential of Mangoldt function M(n): a(n) = 1 unless n is a prime or prime power, in which case a(n) = that prime.
; Formula: a(n) = truncate((A120112(n-1)-1)/-1)+(n-1==0)
; 1,2,3,2,5,1,7,2,3,1,11,1,13,1,1,2,17,1,19,1,1,1,23,1,5,1,3,1,29,1,31,2,1,1,1,1,37,1,1,1,41,1,43,1,1,1,47,1,7,1,1,1,53,1,1,1,1,1,59,1,61,1,1,2,1,1,67,1,1,1,71,1,73,1,1,1,1,1,79,1

#offset 1

sub $0,1
mov $1,$0
seq $0,120112
sub $0,1
div $0,-1
equ $1,0
add $0,$1
