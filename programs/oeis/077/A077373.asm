; A077373: Fibonacci numbers whose external digits as well as internal digits form a Fibonacci number.
; Formula: a(n) = truncate(A118658(n)/2)
; 0,1,1,2,3,5,8,13,21,34,55,89

#offset 1

seq $0,118658
div $0,2
