; A334084: Integers m such that only 2 binomial coefficients C(m,k), with 0<=k<=m, are practical numbers.
; Formula: a(n) = 2*truncate((2^n-10)/4)+5
; 1,3,5,7,15,31,63,127,255,511,1023,2047,4095,8191,16383,32767

#offset 1

mov $1,2
pow $1,$0
mov $0,$1
sub $0,10
div $0,4
mul $0,2
add $0,5
