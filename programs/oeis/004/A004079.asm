; A004079: a(n) = maximal m such that an m X n Florentine rectangle exists.
; Formula: a(n) = lodamod(lodabin(n-1+(n-1)+(n-1)-2,n-1),2)+(n-1)
; 1,2,2,4,4,6,6,7,8,10,10,12

#offset 1

sub $0,1
mov $1,$0
add $0,$1
add $0,$1
sub $0,2
bin $0,$1
mod $0,2
add $0,$1
