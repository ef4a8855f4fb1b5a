; A082429: a(n) is the cardinality of the smallest subset S1 of S={1,2,3,...,n} such that every element of S is either in S1 or is the sum of two elements of S1.
; Formula: a(n) = sqrtnint((n-1)^7,11)+1
; 1,2,2,3,3,3,4,4,4,5,5,5,5,6,6,6,6,7,7,7,7,7,8,8,8,8,8

#offset 1

sub $0,1
pow $0,7
nrt $0,11
add $0,1
