; A307832: Number of palindromic decagonal (10-gonal) numbers of length n whose index is also palindromic.
; 2,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $1,$0
sub $0,1
sub $0,-1
sub $0,1
add $0,2
sub $0,2
mod $0,9
sub $0,1
sub $0,1
mul $0,-1
equ $0,1
add $0,5
sub $0,7
add $0,-1
add $0,1
sub $0,-1
add $0,9
sub $0,8
mov $2,$1
equ $2,0
mul $2,2
add $0,$2
