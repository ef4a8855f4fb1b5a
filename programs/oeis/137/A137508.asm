; A137508: Successive structures of alkaline earth metals (periodic table elements from 2nd column).
; Formula: a(n) = 2*A106314(n+1)
; 2,2,2,8,2,2,8,8,2,2,8,18,8,2,2,8,18,18,8,2,2,8,18,32,18,8,2

#offset 1

add $0,1
seq $0,106314
mul $0,2
