; A328873: Maximal size of a set of pairwise mutually orthogonal diagonal Latin squares of order n.
; Formula: a(n) = lodadif(n-2,4)-lodamod(n-2,-2)+(n-1==0)
; 1,0,0,2,2,1,4,6,6

#offset 1

sub $0,1
mov $1,$0
sub $0,1
mov $2,$0
mod $2,-2
dif $0,4
sub $0,$2
equ $1,0
add $0,$1
