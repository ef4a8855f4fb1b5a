; A357619: Length of longest induced path (or chordless path) in the n-Fibonacci cube graph.
; Formula: a(n) = truncate(A070885(n+2)/4)
; 0,1,2,3,6,9,13,20,30

add $0,2
seq $0,70885
div $0,4
