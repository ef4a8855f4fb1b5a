; A353259: Solution to Snake Numbers Problems for Snakes from 1 to n for an n X n square grid (see Comments).
; Formula: a(n) = (n-2)*(lodabin(-1,n-2)+(n-2)+3)+4
; 1,4,7,16,19,36,39,64,67,100

#offset 1

sub $0,2
mov $1,-1
bin $1,$0
add $1,$0
add $1,3
mul $0,$1
add $0,4
