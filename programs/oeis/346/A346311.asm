; A346311: Maximum number of edges a single edge crosses in a drawing of the complete graph K_n where every vertex lies on the outer face.
; Formula: a(n) = truncate((18*(n-1)+(n-1)*n*(n+1))/72)
; 0,0,0,1,2,4,6,8,12,16,20,26

#offset 1

sub $0,1
mov $1,$0
mul $0,18
fac $1,3
add $0,$1
div $0,72
