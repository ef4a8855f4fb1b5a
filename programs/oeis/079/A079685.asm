; A079685: Degrees of irreducible representations of SL(2,5).
; 1,2,2,3,3,4,4,5,6

#offset 1

seq $0,225875
