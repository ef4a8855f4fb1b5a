; A093450: Number of consecutive integers whose product = A093449(n).
; Formula: a(n) = lodabin(4,n-5)%3+2
; 2,2,2,2,3,3,2,3,3,2,2,2,2,2,2,2,2

#offset 1

sub $0,5
mov $1,4
bin $1,$0
mov $0,$1
mod $0,3
add $0,2
