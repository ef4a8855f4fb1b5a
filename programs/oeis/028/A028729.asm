; A028729: Nonsquares mod 16.
; Formula: a(n) = sqrtnint(2*(n*(n+1)*(n+2)*(n+3)),4)
; 2,3,5,6,7,8,10,11,12,13,14,15

#offset 1

fac $0,4
mul $0,2
nrt $0,4
