; A381996: Number of non-isomorphic multisets of size n that can be partitioned into a set of sets.
; Formula: a(n) = sqrtnint(floor((7^(n+1)+1)/8),6)
; 1,1,1,2,3,4,6,9,13,18,25,34,47

add $0,1
mov $1,7
pow $1,$0
mov $0,$1
add $0,1
div $0,8
nrt $0,6
