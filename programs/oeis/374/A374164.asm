; A374164: Number of unlabeled n-vertex tournaments with the maximum number (A000198(n)) of automorphisms.
; Formula: a(n) = truncate((truncate(5*((n-4==0)-sqrtint(27*12^(max(n-5,1)+1)*12^(max(n-5,1)+1))%10)/-5)-8)/-1)+1
; 1,1,1,2,1,1,1,2,1,2,4

#offset 1

sub $0,4
mov $1,$0
sub $0,1
max $0,1
add $0,1
mov $2,12
pow $2,$0
mov $0,$2
mul $0,27
mul $0,$2
nrt $0,2
mod $0,10
equ $1,0
sub $1,$0
mul $1,5
mov $0,$1
div $0,-5
sub $0,8
div $0,-1
add $0,1
