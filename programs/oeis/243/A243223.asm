; A243223: Number of partitions of n into positive summands in arithmetic progression with common difference 3.
; Formula: a(n) = A117277(n)-1
; 0,0,0,0,1,0,1,0,1,0,1,1,1,0,2,0,1,1,1,0,2,1,1,1,1,1,2,0,1,2,1,0,2,1,2,1,1,1,2,1,1,2,1,0,3,1,1,1,1,2,3,0,1,2,2,0,3,1,1,2,1,1,3,0,2,2,1,0,3,3,1,1,1,1,4,0,2,2,1,1

#offset 1

seq $0,117277
sub $0,1
