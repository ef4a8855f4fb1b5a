; A165263: A sequence similar to the Fibonacci rabbit sequence for the Padovan sequence
; Formula: a(n) = lodamod(truncate(A011557(n+6)/651),2)
; 0,1,0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,1,0

#offset 1

add $0,6
seq $0,11557
div $0,651
mod $0,2
