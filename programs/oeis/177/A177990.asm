; A177990: Triangle read by rows, variant of A070909, a cellular automaton
; Formula: a(n) = lodamod(A002262(n)+1,2)
; 1,0,1,0,1,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,1

#offset 1

seq $0,2262
add $0,1
mod $0,2
