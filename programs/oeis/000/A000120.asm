; A000120: 1's-counting sequence: number of 1's in binary expansion of n (or the binary weight of n).
; Formula: a(n) = sumdigits(n,2)
; 0,1,1,2,1,2,2,3,1,2,2,3,2,3,3,4,1,2,2,3,2,3,3,4,2,3,3,4,3,4,4,5,1,2,2,3,2,3,3,4,2,3,3,4,3,4,4,5,2,3,3,4,3,4,4,5,3,4,4,5,4,5,5,6,1,2,2,3,2,3,3,4,2,3,3,4,3,4,4,5

dgs $0,2
