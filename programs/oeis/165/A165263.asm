; A165263: A sequence similar to the Fibonacci rabbit sequence for the Padovan sequence
; 0,1,0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,1,0

#offset 1

add $0,6
seq $0,11557
div $0,651
mod $0,2
