; A285198: Binomial coefficients C(9,n).
; Formula: a(n) = lodabin(9,n)
; 1,9,36,84,126,126,84,36,9,1

mov $1,9
bin $1,$0
mov $0,$1
