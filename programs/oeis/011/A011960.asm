; A011960: Number of ferrites M_2Y_n that repeat after 6n+10 layers.
; Formula: a(n) = A008615(n+2)
; 0,1,1,1,1,2,1,2,2,2,2,3,2,3,3,3,3,4,3,4

#offset 1

add $0,2
seq $0,8615
