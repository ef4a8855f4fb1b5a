; A243329: Number of simple connected graphs with n nodes that are integral and distance regular.
; Formula: a(n) = -(A039649(max(n-1,1))-max(n-1,1))+2
; 1,1,1,2,1,4,1,4,3,6

#offset 1

sub $0,1
max $0,1
mov $1,$0
seq $0,39649
sub $0,$1
mul $0,-1
add $0,2
