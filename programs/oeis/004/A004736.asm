; A004736: Triangle read by rows: row n lists the first n positive integers in decreasing order.
; Formula: a(n) = A025581(n-1)+1
; 1,2,1,3,2,1,4,3,2,1,5,4,3,2,1,6,5,4,3,2,1,7,6,5,4,3,2,1,8,7,6,5,4,3,2,1,9,8,7,6,5,4,3,2,1,10,9,8,7,6,5,4,3,2,1,11,10,9,8,7,6,5,4,3,2,1,12,11,10,9,8,7,6,5,4,3,2,1,13,12

#offset 1

sub $0,1
seq $0,25581
add $0,1
