; A173577: 7-Factorions: equal to the sum of the 7-fold factorials of their digits in base 10.
; Formula: a(n) = n+10*floor(n/9)
; 1,2,3,4,5,6,7,8,19

#offset 1

mov $1,$0
div $1,9
mul $1,10
add $0,$1
