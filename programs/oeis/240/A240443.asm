; A240443: Maximal number of points that can be placed on an n X n square grid so that no four of them are vertices of a square with any orientation.
; Formula: a(n) = truncate((A062741(n+2)-24)/12)
; 1,3,6,10,15,21,27,34,42,50

#offset 1

add $0,2
seq $0,62741
sub $0,24
div $0,12
