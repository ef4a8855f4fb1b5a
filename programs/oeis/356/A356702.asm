; A356702: Records values in A081120.
; Formula: a(n) = 2*(floor((max(n-2,0)+4)/4)+(truncate((max(n-2,0)-1)/4)+(max(n-2,0)-1)+floor((max(n-2,0)+4)/4)))-(n-1==0)
; 1,2,4,6,8,14,18,20,22

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
add $2,$0
add $0,$2
mul $0,2
equ $1,0
mul $1,-1
add $0,$1
