; A063081: Dimension of the space of weight 2n cusp forms for Gamma_0( 13 ).
; Formula: a(n) = n-1+truncate((n+1+(n-1))/3)+truncate((n+1+(n-1))/3)+lodamod(n-1+truncate((n+1+(n-1))/3)+truncate((n+1+(n-1))/3),2)+(n-1==0)-1
; 0,3,5,7,9,13,13,17,19,21,23,27,27,31,33,35,37,41,41,45,47,49,51,55,55,59,61,63,65,69,69,73,75,77,79,83,83,87,89,91,93,97,97,101,103,105,107,111,111,115

#offset 1

sub $0,1
mov $1,$0
mov $2,$0
add $2,2
add $2,$1
div $2,3
add $0,$2
add $0,$2
mov $2,$0
mod $2,2
equ $1,0
add $0,$2
add $0,$1
sub $0,1
