; A168553: a(n) = 1 if it is possible to place n sets of n queens on an n X n chessboard with no two queens of the same set attacking each other.
; Formula: a(n) = (floor(n*(n+1)*(n+2)*(n+3)/31)+1)%2
; 1,0,0,0,1,0,1,0,0,0,1,1

#offset 1

fac $0,4
div $0,31
add $0,1
mod $0,2
