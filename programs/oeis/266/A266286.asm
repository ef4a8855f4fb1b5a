; A266286: Number of OFF (white) cells in the n-th iteration of the "Rule 13" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = floor(n/2)+gcd(gcd(0,n),floor(n/2))+gcd(gcd(0,n),floor(n/2))
; 0,2,3,3,6,4,9,5,12,6,15,7,18,8,21,9,24,10,27,11,30,12,33,13,36,14,39,15,42,16,45,17,48,18,51,19,54,20,57,21,60,22,63,23,66,24,69,25,72,26,75,27,78,28,81,29,84,30,87,31,90,32,93,33,96,34,99,35,102,36,105,37,108,38,111,39,114,40,117,41

gcd $1,$0
div $0,2
gcd $1,$0
add $0,$1
add $0,$1
