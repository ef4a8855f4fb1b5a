; A127282: Number of fixed points in range [A014137(n-1)..A014138(n-1)] of permutation A126315/A126316.
; Formula: a(n) = -(lodamod(truncate((max(n-1,0)-3)*binomial(0-(max(n-1,0)-3),3)/2),2)-(max(n-1,0)-1==5))
; 1,1,0,0,0,0,0,2,0,1,0,0,0

sub $0,1
max $0,0
sub $0,1
mov $1,$0
sub $0,2
sub $2,$0
bin $2,3
mul $0,$2
div $0,2
mod $0,2
equ $1,5
sub $0,$1
mul $0,-1
