; A188902: Numerator of the base n logarithm of the product of the divisors of n.
; Formula: a(n) = lodadif(truncate(A319410(n)/2)+1,2)
; 1,1,3,1,2,1,2,3,2,1,3,1,2,2,5,1,3,1,3,2,2,1,4,3,2,2,3,1,4,1,3,2,2,2,9,1,2,2,4,1,4,1,3,3,2,1,5,3,3,2,3,1,4,2,4,2,2,1,6,1,2,3,7,2,4,1,3,2,4,1,6,1,2,3,3,2,4,1,5,5

#offset 2

seq $0,319410
div $0,2
add $0,1
dif $0,2
