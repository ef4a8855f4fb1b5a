; A082871: First component x of pairs (x,y) where x <= y and x!+y! is a square, sorted on x.
; Formula: a(n) = floor(floor(3*n/4)^2/9)
; 0,0,0,1,1,1,2,4

#offset 1

mul $0,3
div $0,4
pow $0,2
div $0,9
