; A368381: Integers k for which there is a lacunary modular form of weight k/2 which is a product of eta functions.
; Formula: a(n) = truncate(A001595(n)/11)+n
; 1,2,3,4,6,8,10,14,18,26

#offset 1

mov $1,$0
seq $0,1595
div $0,11
add $0,$1
