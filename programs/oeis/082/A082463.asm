; A082463: Numbers k such that A072181(k) + 1 is prime.
; Formula: a(n) = floor((n+4)*(n+4)/16)
; 1,2,3,4,5,6,7,9,10

#offset 1

add $0,4
mul $0,$0
div $0,16
