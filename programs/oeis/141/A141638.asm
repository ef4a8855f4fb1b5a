; A141638: Odd numbers which are not Yang numbers.
; Formula: a(n) = 4*(floor(n/5)+sqrtint(25*n))+15
; 35,43,47,55,63,67,71,75,79

#offset 1

mov $1,$0
mul $1,25
nrt $1,2
div $0,5
add $0,$1
mul $0,4
add $0,15
