; A082543: Take a string of n x's and insert n-1 ^'s and n-1 pairs of parentheses in all possible ways. Sequence gives number of distinct integer values when x=sqrt(2).
; Formula: a(n) = truncate(A027690(n)/16)
; 0,0,1,1,2,2,3,4,5,7

#offset 1

seq $0,27690
div $0,16
