; A244219: The starting points of runs of consecutive terms with the same parity in A014418 (n represented in Greedy Catalan Base).
; Formula: a(n) = truncate((truncate((n-1)/4)+1+sqrtint(3*((truncate((n-1)/4)+1)*(truncate((n-1)/4)+1))))/4)+(n-1)+1
; 0,1,2,3,4,6,7,8,9,11,12,13,14,15,16,17,18,20,21,22,23,25,26,27,28,29,30,31,32,34,35,36,37,39,40,41,42,43,44,45,46,48,49,50,51,53,54,55,56,57,58,59,60,62,63,64,65,67,68,69,70,71,72,73,74,76,77,78,79,81,82,83,84,85,86,87,88,90,91,92

sub $0,1
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
add $0,1
