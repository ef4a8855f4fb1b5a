; A074715: Number of prime factors of F(2^n) where F(m) is the m-th Fibonacci number.
; Formula: a(n) = A008615(A267682(n)+2)
; 0,1,2,3,4,6,8,10,13,17,20

#offset 1

seq $0,267682
add $0,2
seq $0,8615
