; A182617: Number of toothpicks in a toothpick spiral around n cells on hexagonal net.
; Formula: a(n) = sqrtint(12*max(n-1,0)+6)+(-2*(0-max(n-1,0)))+3+(-5*(n==0))
; 0,5,9,12,15,18,21,23,26,29,31,34,36,39,41,44,46,49,51,53,56,58,61,63,65,68,70,72,75,77,79,82,84,86,89,91,93,95,98,100

mov $1,$0
sub $0,1
max $0,0
sub $2,$0
mul $0,12
add $0,6
nrt $0,2
mul $2,-2
add $0,$2
add $0,3
equ $1,0
mul $1,-5
add $0,$1
