; A010926: Binomial coefficients C(10,n).
; Formula: a(n) = lodabin(10,n)
; 1,10,45,120,210,252,210,120,45,10,1

mov $1,10
bin $1,$0
mov $0,$1
