; A332057: Partial sums (and absolute value of first differences) of A332056: if odd (resp. even) add (resp. subtract) the partial sum to get the next term.
; Formula: a(n) = lodadif(floor((4*n+2)/3),2)
; 1,3,2,3,7,4,5,11,6,7,15,8,9,19,10,11,23,12,13,27,14,15,31,16,17,35,18,19,39,20,21,43,22,23,47,24,25,51,26,27,55,28,29,59,30,31,63,32,33,67,34,35,71,36,37,75,38,39,79,40,41,83,42,43,87,44,45,91,46,47,95,48,49,99,50,51,103,52,53,107

#offset 1

mul $0,4
add $0,2
div $0,3
dif $0,2
