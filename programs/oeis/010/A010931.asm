; A010931: Binomial coefficient C(15,n).
; Formula: a(n) = lodabin(15,n)
; 1,15,105,455,1365,3003,5005,6435,6435,5005,3003,1365,455,105,15,1

mov $1,15
bin $1,$0
mov $0,$1
