; A065359: Alternating bit sum for n: replace 2^k with (-1)^k in binary expansion of n.
; Formula: a(n) = truncate((sumdigits(n,4)-sumdigits(2*n,4))/-1)
; 0,1,-1,0,1,2,0,1,-1,0,-2,-1,0,1,-1,0,1,2,0,1,2,3,1,2,0,1,-1,0,1,2,0,1,-1,0,-2,-1,0,1,-1,0,-2,-1,-3,-2,-1,0,-2,-1,0,1,-1,0,1,2,0,1,-1,0,-2,-1,0,1,-1,0,1,2,0,1,2,3,1,2,0,1,-1,0,1,2,0,1

mov $1,$0
mul $0,2
dgs $0,4
dgs $1,4
sub $1,$0
mov $0,$1
div $0,-1
