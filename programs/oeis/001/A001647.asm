; A001647: Number of indecomposable self-dual codes of length 2n over GF(4).
; Formula: a(n) = truncate(lodabin(2*(gcd(0,n-2)-1),max(n-2,1))/(max(n-2,1)+1))+1
; 1,0,1,1,2,4,10,31

#offset 1

sub $0,2
gcd $1,$0
max $0,1
sub $1,1
mul $1,2
bin $1,$0
add $0,1
div $1,$0
mov $0,$1
add $0,1
