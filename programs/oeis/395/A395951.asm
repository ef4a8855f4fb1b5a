; A395951: Fix-ordered complementary factors of prime(m-1)+1 where m belongs to set where denominators in the expression m!/(prime(m-1)+1) for m > 1 are not integers.
; Formula: a(n) = 2*(n-1-lodabin(0-(n-1),-2))+2
; 2,6,4,8,10,12,14,16

#offset 1

sub $0,1
sub $1,$0
bin $1,-2
sub $0,$1
mul $0,2
add $0,2
