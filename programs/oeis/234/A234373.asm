; A234373: Row 4 of the square array A234951.
; Formula: a(n) = truncate(11*A032766(n)/7)
; 1,4,6,9,11,14,15,18,20,23

#offset 1

seq $0,32766
mul $0,11
div $0,7
