; A232832: Shortest composition length for a finite solvable group of derived length n.
; Formula: a(n) = truncate(n%7/-2)+n+n-1
; 1,2,4,5,7,8,13,15

#offset 1

mov $1,$0
mod $0,7
div $0,-2
add $0,$1
add $0,$1
sub $0,1
