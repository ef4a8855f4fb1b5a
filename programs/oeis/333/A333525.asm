; A333525: Degree of polytope representing the number n.
; Formula: a(n) = truncate(4*(n-1)/(n+7))
; 0,0,0,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 1

sub $0,1
mov $1,$0
mul $1,4
add $0,8
div $1,$0
mov $0,$1
