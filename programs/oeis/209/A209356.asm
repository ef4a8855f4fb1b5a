; A209356: The function g(n), the inverse of f(k) the shortest length of a binary linear intersecting code.
; Formula: a(n) = truncate((n-8+lodamod(n-8,2)+1)/3)+3
; 2,2,2,3,3,3,4,4,4,4,5,5,6

#offset 3

sub $0,8
mov $1,$0
mod $1,2
add $0,$1
add $0,1
div $0,3
add $0,3
