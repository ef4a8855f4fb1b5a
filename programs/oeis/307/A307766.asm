; A307766: Number of palindromic hexagonal numbers of length n whose index is also palindromic.
; Formula: a(n) = (min(max(n-2,0),6)+1)%5%2+2*lodabin(0,n-1)
; 3,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
bin $1,$0
sub $0,1
max $0,0
min $0,6
add $0,1
mod $0,5
mod $0,2
mul $1,2
add $0,$1
