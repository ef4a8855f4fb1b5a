; A269110: Numbers of unit circles packed in a triangle of smallest area admitting an equilateral triangle solution.
; Formula: a(n) = binomial(floor((max(n-2,0)+3)/2),2)+(max(n-2,0)+3)+(-2*(n-1==0))
; 1,3,5,6,9,10,14,15,20,21

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,3
mov $2,$0
div $0,2
bin $0,2
add $0,$2
equ $1,0
mul $1,-2
add $0,$1
