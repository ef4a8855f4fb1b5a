; A028730: Nonsquares mod 17.
; Formula: a(n) = floor(7*floor((4*n+1)/3)/6)+2
; 3,5,6,7,10,11,12,14

#offset 1

mul $0,4
add $0,1
div $0,3
mul $0,7
div $0,6
add $0,2
