; A040163: a(n) is the absolute value of (the first digit of n minus the last digit of n).
; Formula: a(n) = floor(gcd(A097846(n),0)/99)
; 0,0,0,0,0,0,0,0,0,1,0,1,2,3,4,5,6,7,8,2,1,0,1,2,3,4,5,6,7,3,2,1,0,1,2,3,4,5,6,4,3,2,1,0,1,2,3,4,5,5,4,3,2,1,0,1,2,3,4,6,5,4,3,2,1,0,1,2,3,7,6,5,4,3,2,1,0,1,2,8

#offset 1

seq $0,97846
gcd $0,0
div $0,99
