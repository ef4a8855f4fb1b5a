; A288425: Minimal number of vertices that must be selected from an n X n square grid so that any square of 4 vertices, regardless of orientation, will include at least one selected vertex.
; Formula: a(n) = binomial(n,2)+floor(binomial(n,3)/24)
; 0,1,3,6,10,15,22,30,39,50

#offset 1

mov $1,$0
bin $0,2
bin $1,3
div $1,24
add $0,$1
