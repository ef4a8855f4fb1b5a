; A107432: Column 3 of array in A107431.
; Formula: a(n) = -(lodamod(n-1,2)+truncate(8*(0-(n-1))/5))+1
; 1,1,4,4,7,8,10,11,13

#offset 1

sub $0,1
sub $1,$0
mul $1,8
div $1,5
mod $0,2
add $0,$1
mul $0,-1
add $0,1
