; A010929: Binomial coefficient C(13,n).
; Formula: a(n) = lodabin(13,n)
; 1,13,78,286,715,1287,1716,1716,1287,715,286,78,13,1

mov $1,13
bin $1,$0
mov $0,$1
