; A010052: Characteristic function of squares: a(n) = 1 if n is a square, otherwise 0.
; Formula: a(n) = lodabin(sqrtint(n)^2,n)
; 1,1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

mov $1,$0
nrt $0,2
pow $0,2
bin $0,$1
