; A244218: The ending points of runs of consecutive terms with the same parity in A014418 (n represented in Greedy Catalan Base).
; Formula: a(n) = floor((floor(n/4)+1+sqrtint(3*((floor(n/4)+1)*(floor(n/4)+1))))/4)+n
; 0,1,2,3,5,6,7,8,10,11,12,13,14,15,16,17,19,20,21,22,24,25,26,27,28,29,30,31,33,34,35,36,38,39,40,41,42,43,44,45,47,48,49,50,52,53,54,55,56,57,58,59,61,62,63,64,66,67,68,69,70,71,72,73,75,76,77,78,80,81,82,83,84,85,86,87,89,90,91,92

mov $1,$0
div $0,4
add $0,1
mov $2,$0
mul $2,$0
mul $2,3
nrt $2,2
add $0,$2
div $0,4
add $0,$1
