; A094863: Maximal number of longest common subsequences between any two strings of length n (Version 2).
; Formula: a(n) = truncate(A038754(n)/3)+1
; 1,2,3,4,7,10,19,28

#offset 1

seq $0,38754
div $0,3
add $0,1
