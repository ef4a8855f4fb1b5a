; A137397: Number of distinct palindromic subwords in the binary representation of n.
; Formula: a(n) = logint(max(n,1),2)+2
; 2,2,3,3,4,4,4,4,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8

max $0,1
log $0,2
add $0,2
