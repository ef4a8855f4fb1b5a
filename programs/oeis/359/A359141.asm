; A359141: First differences of the pancake flipping (or sorting by prefix reversal) sequence A058986.
; Formula: a(n) = lodamod(lodabin(-8,n-10),2)+(n-5==0)+1
; 1,2,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,2

#offset 1

sub $0,5
mov $1,$0
sub $0,5
mov $2,-8
bin $2,$0
mov $0,$2
mod $0,2
equ $1,0
add $0,$1
add $0,1
