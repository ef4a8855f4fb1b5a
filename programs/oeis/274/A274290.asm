; A274290: Arising in solving the keyboard problem.
; Formula: a(n) = 3*(n+n)+sqrtint(2*n)+1
; 1,8,15,21,27,34,40,46

mov $1,$0
add $0,$1
mul $1,2
nrt $1,2
mul $0,3
add $0,$1
add $0,1
