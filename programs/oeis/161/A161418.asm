; A161418: Number of triangles in the Y-toothpick structure after n rounds.
; Formula: a(n) = 6*A161422(n)
; 0,0,0,0,6,6,12,12,24,30

seq $0,161422
mul $0,6
