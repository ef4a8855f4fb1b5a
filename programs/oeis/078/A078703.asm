; A078703: Number of ways of subtracting twice a triangular number from a perfect square to obtain the integer n.
; Formula: a(n) = A095808(n)+1
; 1,1,1,2,1,1,2,1,2,2,1,1,2,2,1,3,1,1,3,1,1,2,2,2,3,1,1,2,2,2,2,1,1,4,1,2,3,1,2,2,1,1,3,3,1,2,2,1,4,1,2,3,1,2,2,1,1,4,2,1,3,2,1,4,2,1,2,1,3,3,1,2,2,2,2,2,1,1,6,2

#offset 1

seq $0,95808
add $0,1
