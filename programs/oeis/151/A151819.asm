; A151819: First component x of pairs (x,y) where x!+y! is a square, sorted on x.
; Formula: a(n) = A008217(n)
; 0,0,0,1,1,1,2,4,4,4

#offset 1

seq $0,8217
