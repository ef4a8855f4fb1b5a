; A387001: Number of vertices in the diagram called "symmetric representation of sigma(n)" where its "parts" or polygons are dissected into unit squares (see the example).
; Formula: a(n) = 2*n+truncate(A274535(n)/5)+1
; 4,8,11,16,17,25,23,32,32,39,35,53,41,53,55,64,53,76,59,83,75,81,71,109,82,95,95,113,89,133,95,128,115,123,119,164,113,137,135,171,125,181,131,173,169,165,143,221,156,194,175,203,161,229,183,233,195,207,179,289,185,221,231,256

#offset 1

mov $1,$0
seq $1,274535
div $1,5
mul $0,2
add $0,$1
add $0,1
