; A118295: Start with 20 and repeatedly reverse the digits and add 1 to get the next term.
; Formula: a(n) = lodamod(n-1,9)+2+18*(n-1==0)
; 20,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9

#offset 1

sub $0,1
mov $1,$0
mod $0,9
add $0,2
equ $1,0
mul $1,18
add $0,$1
