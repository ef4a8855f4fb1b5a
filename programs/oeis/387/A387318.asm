; A387318: a(n) is the maximum number of water-pouring moves needed to reach (1, 1, ..., 1) from any valid initial configuration for n bottles.
; Formula: a(n) = truncate((7*(n-2)+max(0,n-2)%2)/5)+1
; 0,1,2,3,5,6,8,9,11,12,13,15,16,17,19

#offset 1

sub $0,2
max $1,$0
mod $1,2
mul $0,7
add $0,$1
div $0,5
add $0,1
