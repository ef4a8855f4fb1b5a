; A380416: Number of corona for a diamond of edge n with diamonds of side 1.
; 18,83,258,627,1298,2403,4098,6563,10002

add $0,2
pow $0,4
add $0,2
