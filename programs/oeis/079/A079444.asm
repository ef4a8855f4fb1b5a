; A079444: Number of 3-cycles in range [A014137(2n+2)..A014138(2n+2)] of permutation A057505 (= Donaghey's automorphism M).
; Formula: a(n) = 2*(floor(truncate(lodabin(2*n,n)/2^n)/4)+2^n)-1
; 1,3,7,15,33,65,133,267

mov $1,$0
mov $2,2
mul $0,2
bin $0,$1
pow $2,$1
div $0,$2
div $0,4
add $0,$2
mul $0,2
sub $0,1
