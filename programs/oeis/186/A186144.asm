; A186144: Number of elements in the symmetric group S_n whose distance from a fixed element is the group diameter under compositions of (1,2) and (1,2,...,n).
; Formula: a(n) = -(lodadif(lodamod(n-1,2)+2,n-1)+(n-1==0))+4
; 1,1,3,3,2,1,2,1,2,1,2,1,2

#offset 1

sub $0,1
mov $1,$0
mod $0,2
add $0,2
dif $0,$1
equ $1,0
add $0,$1
mul $0,-1
add $0,4
