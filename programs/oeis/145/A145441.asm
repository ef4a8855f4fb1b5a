; A145441: Exponents of multipliers 10^a(n) of SI prefixes, in increasing order.
; Formula: a(n) = n+max(n+n-6,0)
; 1,2,3,6,9,12,15,18,21,24

#offset 1

mov $1,$0
add $1,$0
trn $1,6
add $0,$1
