; A395495: Minimum number of cells in a connected polyomino on the square grid that contains every fixed n-omino as a translated subregion.
; Formula: a(n) = truncate(A017354(n)/240)
; 1,3,5,9,13,18,24,31,39

#offset 1

seq $0,17354
div $0,240
