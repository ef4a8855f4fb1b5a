; A080342: Number of weighings required to identify a single bad coin out of n coins, using a two-pan balance.
; 0,1,1,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

sub $0,1
mov $1,$0
bin $3,$3
mul $1,3
mul $3,$1
add $3,2
log $3,3
mov $0,$3
