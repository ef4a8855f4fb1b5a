; A161836: Number of concave-convex hexagons in the Y-toothpick structure of A160120 after n rounds.
; Formula: a(n) = 3*A161838(n)
; 0,0,0,0,3,3,3,3,9,15

seq $0,161838
mul $0,3
