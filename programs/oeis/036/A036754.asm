; A036754: Number of strings of n distinct digits from 1-9 that are the last n digits of a square in base 9.
; Formula: a(n) = 3*lodafac(7,0-(n-1))
; 3,21,126,630,2520,7560,15120,15120

#offset 1

sub $0,1
sub $1,$0
mov $0,7
fac $0,$1
mul $0,3
