; A331065: Coordination sequence for first kind of trivalent vertex in 1-skeleton of pentagonal icositetrahedron.
; Formula: a(n) = (floor((floor((4*n+2)/3)^2+1)/2)+1)%10
; 1,3,6,9,9,6,3,1

mul $0,4
add $0,2
div $0,3
pow $0,2
add $0,1
div $0,2
add $0,1
mod $0,10
