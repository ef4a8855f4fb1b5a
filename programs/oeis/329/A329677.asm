; A329677: Number of excursions of length n with Motzkin-steps consisting only of consecutive steps UH, HD, and DH.
; Formula: a(n) = lodabin(85,n)%3
; 1,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

mov $1,$0
mov $0,85
bin $0,$1
mod $0,3
