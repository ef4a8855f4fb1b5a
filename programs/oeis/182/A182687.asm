; A182687: a(n) = the smallest 1-digit number with exactly n divisors, a(n) = 0 if no such number exists.
; Formula: a(n) = floor(3*n/2)*lodafac(1,n)*lodafac(1,n)%10
; 1,2,4,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

mov $1,1
fac $1,$0
mul $0,3
div $0,2
mul $0,$1
mul $0,$1
mod $0,10
