; A298705: Numbers from the 15-theorem for universal Hermitian lattices.
; Formula: a(n) = n+max(A290561(n)-4,0)
; 1,2,3,5,6,7,10,13,14,15

#offset 1

mov $1,$0
seq $1,290561
trn $1,4
add $0,$1
