; A390046: Circular sorting numbers: a(n) = maximum number of swaps required to arrange n labeled points on a circle into clockwise order.
; Formula: a(n) = A113637(n)-2
; 0,1,1,3,3,5,5,6,7,9,9,11,11,12,13,15,15,17,17,18

#offset 2

seq $0,113637
sub $0,2
