; A135636: Values of x in positive solutions (x,y,z) to the Diophantine 43x+7y+17z=400.
; Formula: a(n) = floor((n+9)*(n+10)/72)
; 1,1,2,2,2,3,3,4,4,5,5,6,7

#offset 1

add $0,9
fac $0,2
div $0,72
