; A028722: Square classes of 2-adic rationals.
; Formula: a(n) = binomial(truncate((truncate(lodamod(n-1,4)/2)+(n-1))/2),2)+(n-1)+1
; 0,1,2,3,5,6,7,10,14

sub $0,1
mov $1,$0
mov $2,$0
mod $0,4
div $0,2
add $0,$2
div $0,2
bin $0,2
add $0,$1
add $0,1
