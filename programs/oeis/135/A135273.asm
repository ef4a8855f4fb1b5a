; A135273: Row 9 of A038207.
; Formula: a(n) = lodabin(A081108(1),n)*lodapow(2,A081108(1)-n)
; 512,2304,4608,5376,4032,2016,672,144,18,1

mov $1,1
seq $1,81108
mov $2,$1
sub $2,$0
bin $1,$0
mov $3,2
pow $3,$2
mul $1,$3
mov $0,$1
