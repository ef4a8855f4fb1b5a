; A211004: Number of distinct regions in the set of partitions of n.
; Formula: a(n) = A130518(n+2)
; 1,2,3,5,7,9,12,15,18,22,26,30,35,40,45,51

#offset 1

add $0,2
seq $0,130518
