; A070178: Coefficients of Lehmer's polynomial.
; Formula: a(n) = -sqrtnint(lodabin(10,n),4)+2
; 1,1,0,-1,-1,-1,-1,-1,0,1,1

mov $1,10
bin $1,$0
mov $0,$1
nrt $0,4
mul $0,-1
add $0,2
