; A229803: Domination number for rook graph HR(n) on a triangular board of hexagonal cells. The rook can move along any row of adjacent cells, in any of the three directions.
; Formula: a(n) = floor((6*n+9)/13)
; 1,1,2,2,3,3,3,4,4,5,5,6,6,7,7,8,8,9,9,9,10,10,11,11

#offset 1

mul $0,6
add $0,9
div $0,13
