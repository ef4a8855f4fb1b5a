; A200439: Decimal expansion of constant arising in clubbed binomial approximation for the lightbulb process.
; Formula: a(n) = lodamod(lodamod(lodapow(-6,n-1)-9,12)+10,10)
; 2,7,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3,1,3

#offset 1

sub $0,1
mov $1,-6
pow $1,$0
mov $0,$1
sub $0,9
mod $0,12
add $0,10
mod $0,10
