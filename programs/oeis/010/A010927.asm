; A010927: Binomial coefficient C(11,n).
; Formula: a(n) = lodabin(11,n)
; 1,11,55,165,330,462,462,330,165,55,11,1

mov $1,11
bin $1,$0
mov $0,$1
