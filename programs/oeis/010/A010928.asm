; A010928: Binomial coefficient C(12,n).
; Formula: a(n) = lodabin(12,n)
; 1,12,66,220,495,792,924,792,495,220,66,12,1

mov $1,12
bin $1,$0
mov $0,$1
