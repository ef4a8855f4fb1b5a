; A079685: Degrees of irreducible representations of SL(2,5).
; Formula: a(n) = A225875(n)
; 1,2,2,3,3,4,4,5,6

#offset 1

seq $0,225875
