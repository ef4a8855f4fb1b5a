; A348406: Number of vertices on the axis of symmetry of the symmetric representation of sigma(n) with subparts.
; Formula: a(n) = A067742(n)+1
; 2,2,1,2,1,3,1,2,2,1,1,3,1,1,3,2,1,2,1,3,1,1,1,3,2,1,1,3,1,3,1,2,1,1,3,2,1,1,1,3,1,3,1,1,3,1,1,3,2,2,1,1,1,3,1,3,1,1,1,3,1,1,3,2,1,3,1,1,1,3,1,4,1,1,1,1,3,1,1,3

#offset 1

seq $0,67742
add $0,1
