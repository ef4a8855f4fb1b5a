; A240963: Numbers n such that the decimal expansion of n^n contains no zeros.
; Formula: a(n) = n+13*binomial(n,9)
; 1,2,3,4,5,6,7,8,22

#offset 1

mov $1,$0
bin $1,9
mul $1,13
add $0,$1
