; A038364: Numbers n such that n = (product of digits of n) + (sum of digits of n).
; Formula: a(n) = lodamod(10*n,9^n)-1
; 0,19,29,39,49,59,69,79,89,99

#offset 1

mov $1,9
pow $1,$0
mul $0,10
mod $0,$1
sub $0,1
