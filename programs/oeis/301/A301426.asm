; A301426: Number of steps required in the worst case for three knights to find the princess in a castle with n rooms arranged in a line (Castle and princess puzzle).
; Formula: a(n) = max(floor(4*floor((12*n+12)/20)/6),1)
; 1,1,1,2,2,2,2,3,4,4,4,4,5,6,6,6,6,7,8,8

#offset 1

mul $0,12
add $0,12
div $0,20
mul $0,4
div $0,6
max $0,1
