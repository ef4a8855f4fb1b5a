; A196594: Maximum number of floors with 4 elevators and s stops.
; Formula: a(n) = max(sqrtint(8*(n-1)),2)+2
; 4,4,6,6,7,8,8,9,10,10

#offset 1

sub $0,1
mul $0,8
nrt $0,2
max $0,2
add $0,2
