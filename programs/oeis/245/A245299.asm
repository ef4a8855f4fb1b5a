; A245299: Decimal expansion of the Landau-Kolmogorov constant C(5,4) for derivatives in the case L_infinity(-infinity, infinity).
; Formula: a(n) = sqrtnint(lodadif(15*(lodapow(10,n-1)*lodapow(10,n-1)*(lodapow(10,n-1)*lodapow(10,n-1))*lodapow(10,n-1)),2),5)%10
; 1,4,9,6,2,7,7,8,6,9,7,3,8,8,4,4,7,3,8,5,0,8,1,0,2,1,3,9,3,2,9,7,8,2,5,5,3,3,1,7,0,0,6,2,4,7,0,9,3,2,5,4,1,0,3,0,8,7,5,6,8,6,3,9,5,0,3,6,8,0,0,9,7,2,0,4,5,0,0,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,$0
mul $0,$1
mul $0,15
dif $0,2
nrt $0,5
mod $0,10
