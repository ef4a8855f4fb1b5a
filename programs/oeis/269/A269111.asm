; A269111: a(n) = length of the repeating part of row n of A288097.
; Formula: a(n) = sumdigits(gcd(sumdigits(n,4),4)+1,4)
; 2,3,2,2,3,2,2,3,2,2,2,2,2,2

#offset 1

dgs $0,4
gcd $0,4
add $0,1
dgs $0,4
