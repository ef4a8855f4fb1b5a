; A319638: Number of non-isomorphic weight-n antichains of distinct sets whose dual is also an antichain of distinct sets.
; Formula: a(n) = sqrtnint(lodadif(lodapow(100,n-6),5),9)+1
; 1,1,1,1,1,1,2,2,3,4,7

sub $0,6
mov $1,100
pow $1,$0
mov $0,$1
dif $0,5
nrt $0,9
add $0,1
