; A202278: Right-truncatable Fibonacci numbers: every prefix is Fibonacci number.
; Formula: a(n) = truncate(A022355(A123578(A038707(n)))/21)
; 0,1,2,3,5,8,13,21,34,55,89

#offset 1

seq $0,38707
seq $0,123578
seq $0,22355
div $0,21
