; A277433: Martin Gardner's minimal no-3-in-a-line problem, all slopes version.
; Formula: a(n) = 2*sqrtnint((max(n-2,0)+3)^6,9)+(-3*(n-1==0))
; 1,4,4,4,6,6,8,8,8,8

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,3
pow $0,6
nrt $0,9
mul $0,2
equ $1,0
mul $1,-3
add $0,$1
