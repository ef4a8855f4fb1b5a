; A065176: Site swap sequence associated with the permutation A065174 of Z.
; Formula: a(n) = -2*truncate(gcd((n-1)*n,lodapow(2,n-1))/-2)
; 0,2,2,4,4,2,2,8,8,2,2,4,4,2,2,16,16,2,2,4,4,2,2,8,8,2,2,4,4,2,2,32,32,2,2,4,4,2,2,8,8,2,2,4,4,2,2,16,16,2,2,4,4,2,2,8,8,2,2,4,4,2,2,64,64,2,2,4,4,2,2,8,8,2,2,4,4,2,2,16

#offset 1

sub $0,1
mov $1,2
pow $1,$0
fac $0,2
gcd $0,$1
div $0,-2
mul $0,-2
