; A304274: The concatenation of the first n elements is the largest positive even number with n digits when written in base 3/2.
; Formula: a(n) = truncate(A010719(A003312(n))/3)
; 2,1,2,2,1,1,1,2,2,1,2,1,1,2,2,1,2,1,2,1,1,2,2,1,2,1,1,2,1,2,1,1,1,1,1,2,2,1,2,1,1,1,1,1,1,1,2,1,2,2,2,2,2,1,1,2,2,1,2,1,2,2,1,2,1,2,1,1,2,1,1,2,2,2,2,1,2,2,1,2

#offset 1

seq $0,3312
seq $0,10719
div $0,3
