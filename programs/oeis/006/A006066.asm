; A006066: Kobon triangles: maximal number of nonoverlapping triangles that can be formed from n lines drawn in the plane.
; Formula: a(n) = truncate(truncate(10*(n-1)/4)*truncate(10*(n-1)/4)/19)
; 0,0,1,2,5,7,11,15,21,25,32,38,47

#offset 1

sub $0,1
mul $0,10
div $0,4
mul $0,$0
div $0,19
