; A328981: Indicator function of numbers whose binary representation ends in an even positive number of 0's.
; Formula: a(n) = floor(gcd(n,64)/3)%2
; 0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,1

#offset 1

gcd $0,64
div $0,3
mod $0,2
