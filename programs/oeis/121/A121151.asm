; A121151: Minimal number of vertices in an n-polytrimino (or n-polyiamond).
; Formula: a(n) = sqrtnint((3*n)*(3*n+1),3)+1
; 3,4,5,6,7,7,8,9,10,10,11,12,12,13

#offset 1

mul $0,3
fac $0,2
nrt $0,3
add $0,1
