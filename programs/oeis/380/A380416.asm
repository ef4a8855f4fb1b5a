; A380416: Number of corona for a diamond of edge n with diamonds of side 1.
; Formula: a(n) = (n+2)^4+2
; 18,83,258,627,1298,2403,4098,6563,10002

add $0,2
pow $0,4
add $0,2
