; A171826: Nonnegative integers that can be made using exactly three threes (3 3's) and the four basic operators {+, -, *, /}.
; Formula: a(n) = sqrtnint(3^(max(n-2,0)+2),3)+(-2*(n-1==0))
; 0,2,3,4,6,9,12,18,27

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,2
mov $2,3
pow $2,$0
mov $0,$2
nrt $0,3
equ $1,0
mul $1,-2
add $0,$1
