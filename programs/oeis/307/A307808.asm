; A307808: Number of palindromic nonagonal numbers of length n whose index is also palindromic.
; Formula: a(n) = lodabin(4,n)%3+2*(n==1)
; 3,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

mov $1,$0
mov $2,4
bin $2,$0
mov $0,$2
equ $1,1
mod $0,3
mul $1,2
add $0,$1
