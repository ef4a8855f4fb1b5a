; A173576: 6-Factorions: equal to the sum of the 6-ple factorials of their digits in base 10.
; Formula: a(n) = n+21*binomial(n,8)
; 1,2,3,4,5,6,7,29

#offset 1

mov $1,$0
bin $1,8
mul $1,21
add $0,$1
