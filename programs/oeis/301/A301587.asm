; A301587: Positive integers m such that whenever n is in the range of the Euler totient function, so is m*n.
; Formula: a(n) = 2*(floor((max(n-2,0)+4)/4)+(truncate((max(n-2,0)-1)/4)+(max(n-2,0)-1)+1))-(n-1==0)
; 1,2,4,6,8,12,16,18,20,24

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
sub $0,1
mov $2,$0
div $2,4
add $2,$0
add $0,5
div $0,4
add $2,1
add $0,$2
mul $0,2
equ $1,0
mul $1,-1
add $0,$1
