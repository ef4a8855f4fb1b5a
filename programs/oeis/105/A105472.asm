; A105472: Next-to-last digit of n-th Fibonacci number in decimal representation, a(n) = 0 for n <= 6.
; Formula: a(n) = lodamod(truncate(A004695(n)/5),10)
; 0,0,0,0,0,0,0,1,2,3,5,8,4,3,7,1,8,9,8,8,6,4,1,5,6,2,9,1,1,2,4,6,0,7,8,6,5,1,6,8,5,4,9,3,3,7,0,7,7,4,2,7,9,7,7,4,1,6,7,4,2,6,8,4,2,6,8,5,4,9,3,2,6,9,5,5,0,5,6,2

seq $0,4695
div $0,5
mod $0,10
