; A086359: Fixed point if [decimal-digit-sum]-function at initial-value=A000984(n)=C[2n,n] is iterated.
; Formula: a(n) = lodamod(lodabin(n+n,n)-1,9)+1
; 2,6,2,7,9,6,3,9,2,4,3,7,2,9,9,9,9,6,3,9,3,6,9,9,9,9,2,4,3,4,5,9,3,6,9,7,5,6,2,7,9,9,9,9,9,9,9,9,9,9,9,9,9,6,3,9,3,6,9,9,9,9,3,6,9,6,3,9,9,9,9,9,9,9,9,9,9,9,9,9

#offset 1

mov $1,$0
add $0,$1
bin $0,$1
sub $0,1
mod $0,9
add $0,1
