; A000952: Numbers k == 2 (mod 4) that are the orders of conference matrices.
; Formula: a(n) = 4*(n-1+sqrtnint(max(n-1-4,0)*(n-1),4))+2
; 2,6,10,14,18,26,30,38,42,46,50,54,62

#offset 1

sub $0,1
mov $1,$0
trn $1,4
mul $1,$0
nrt $1,4
add $0,$1
mul $0,4
add $0,2
