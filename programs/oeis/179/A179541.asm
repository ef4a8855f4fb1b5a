; A179541: a(n) is the least possible smallest period attainable by the action of a periodic sequence of binary operations <+>,<-> (see A179382,A179480), beginning with 2n-1<+>1 or 2n-1<->1.
; Formula: a(n) = floor(gcd(lodabin(n-2+(n-2),n-2),n+1)/4)+1
; 1,1,1,1,2,2,1,1,3,2,4

#offset 2

sub $0,2
mov $1,$0
add $0,$1
bin $0,$1
add $1,3
gcd $0,$1
div $0,4
add $0,1
