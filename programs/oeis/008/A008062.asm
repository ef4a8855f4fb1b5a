; A008062: a(n) = maximal value of m such that an n X m radar array exists. (A (0,1) matrix A such that any horizontal shift of A overlaps A in at most a single 1.)
; Formula: a(n) = truncate((36*n-38)/13)+2
; 2,4,7,10,12,15,18,21,24,26,29,32,35,37,40,43

#offset 1

mul $0,36
sub $0,38
div $0,13
add $0,2
