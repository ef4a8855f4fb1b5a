; A054961: Maximal number of binary vectors of length n such that the unions (or bitwise ORs) of any 2 distinct vectors are all distinct.
; Formula: a(n) = min(n-6,2)+lodapow(2,n-6)+7
; 1,2,3,4,5,6,8,10,13,17

sub $0,6
mov $1,2
pow $1,$0
min $0,2
add $0,$1
add $0,7
