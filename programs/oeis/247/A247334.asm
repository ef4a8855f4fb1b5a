; A247334: Highly abundant numbers which are not abundant.
; Formula: a(n) = n-4+max(0,n-4)+max(0,n-4)-max(0,n-4)%4+4
; 1,2,3,4,6,8,10,16

#offset 1

sub $0,4
max $1,$0
add $0,$1
add $0,$1
mod $1,4
sub $0,$1
add $0,4
