; A000241: Crossing number of complete graph with n nodes.
; Formula: a(n) = A028723(n)
; 0,0,0,0,0,1,3,9,18,36,60,100,150,225,315

seq $0,28723
