; A335756: A cup filling problem starting with 2 empty cups of sizes 3 and n, where a(n) is the number of unreachable states (see details in comments).
; Formula: a(n) = -2*(lodadif(n+3,3)+(0-(n+4))+(0-(n+4)))-12
; 2,0,2,12,6,8,22,12,14,32,18,20,42,24,26,52,30,32,62,36,38,72,42,44,82,48,50,92,54,56,102,60,62,112,66,68,122,72,74,132,78,80,142,84,86,152,90,92,162,96,98,172,102,104,182,108,110,192,114,116,202,120,122,212,126,128,222

add $0,4
sub $1,$0
sub $0,1
dif $0,3
add $0,$1
add $0,$1
mul $0,-2
sub $0,12
