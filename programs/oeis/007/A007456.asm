; A007456: Number of days required to spread gossip to n people.
; Formula: a(n) = max(n-2,0)%2+logint(max(n-2,0)+1,2)+1-(n-1==0)
; 0,1,3,2,4,3,4,3,5,4,5,4,5,4,5,4,6,5,6,5,6,5,6,5,6,5,6,5,6,5,6,5,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,7,6,8,7,8,7,8,7,8,7,8,7,8,7,8,7,8,7

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,1
mov $2,$0
sub $0,1
mod $0,2
log $2,2
add $0,$2
add $0,1
equ $1,0
mul $1,-1
add $0,$1
