; A195944: Numbers k such that 13^k has no zero in its decimal expansion.
; Formula: a(n) = binomial(max(n-1-4,0),2)+(n-1)
; 0,1,2,3,4,5,7,10,14

#offset 1

sub $0,1
mov $1,$0
trn $0,4
bin $0,2
add $0,$1
