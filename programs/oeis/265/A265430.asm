; A265430: Number of OFF (white) cells in the n-th iteration of the "Rule 188" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = truncate(5*A032766(n+2)/6)-2
; 0,1,3,3,5,6,8,8,10,11,13,13,15,16,18,18,20,21,23,23,25,26,28,28,30,31,33,33,35,36,38,38,40,41,43,43,45,46,48,48,50,51,53,53,55,56,58,58,60,61,63,63,65,66,68,68,70,71,73,73,75,76,78,78,80,81,83,83,85,86,88,88,90,91,93,93,95,96,98,98

add $0,2
seq $0,32766
mul $0,5
div $0,6
sub $0,2
