; A078832: Smallest prime contained as binary substring in binary representation of n>1, a(1)=1.
; Formula: a(n) = lodamod(lodabin(n-1+(n-1)+2,n-1)-2,2)+2
; 1,2,3,2,2,2,3,2,2,2,2,2,2,2,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
mov $1,$0
add $0,$1
add $0,2
bin $0,$1
sub $0,2
mod $0,2
add $0,2
