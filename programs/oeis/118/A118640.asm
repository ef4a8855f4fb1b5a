; A118640: Result of left concatenation of the next Roman-numeral symbol.
; Formula: a(n) = floor((lodamod(0-(n+1),2)-1)^2*10^floor((n+1)/2)/6)
; 1,6,16,66,166,666,1666,6666,16666,66666,166666,666666

#offset 1

add $0,1
sub $1,$0
mod $1,2
sub $1,1
div $0,2
mov $2,10
pow $2,$0
pow $1,2
mul $1,$2
mov $0,$1
div $0,6
