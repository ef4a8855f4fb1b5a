; A343464: The number of n-vertex graphs that are minimally non-Hamming-embeddable.
; Formula: a(n) = floor(n^n/137)%10
; 0,0,0,1,2,0,1,1,6

#offset 1

pow $0,$0
div $0,137
mod $0,10
