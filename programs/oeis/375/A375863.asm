; A375863: a(1) = 0 and a(n) = A050603(n-1)^2 for n > 0. Lexicographically earliest nonnegative sequence of integers such that the Gilbreath transform of a(1..n) gives floor(log_2(n)).
; Formula: a(n) = A050603(max(n-2,0))^2-(n-1==0)
; 0,1,1,4,4,1,1,9,9,1,1,4,4,1,1,16,16,1,1,4,4,1,1,9,9,1,1,4,4,1,1,25,25,1,1,4,4,1,1,9,9,1,1,4,4,1,1,16,16,1,1,4,4,1,1,9,9,1,1,4,4,1,1,36,36,1,1,4,4,1,1,9,9,1,1,4,4,1,1,16

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
seq $0,50603
pow $0,2
equ $1,0
mul $1,-1
add $0,$1
