; A067319: Numbers n such that phi(n)^phi(n)+1 is prime.
; Formula: a(n) = floor((n+3)*(n+3)/12)
; 1,2,3,4,5,6,8,10,12

#offset 1

add $0,3
mul $0,$0
div $0,12
