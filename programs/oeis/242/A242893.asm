; A242893: Beginning with a centrally symmetric 'Sun' configuration of 9 rhombi with rotational symmetry, number of tiles that can be added to the free edges of the tiling.
; Formula: a(n) = 9*floor(n*(n+1)/21)+9
; 9,9,9,9,18,27,27,36

#offset 1

fac $0,2
div $0,21
mul $0,9
add $0,9
