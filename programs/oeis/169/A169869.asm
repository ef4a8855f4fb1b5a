; A169869: Maximum number of rational points on a smooth absolutely irreducible projective curve of genus n over the field F_2.
; Formula: a(n) = floor(5*n/6)+5
; 5,6,7,8,9,10,10,11,12,13,14

#offset 1

mul $0,5
div $0,6
add $0,5
