; A218245: Nicolas's sequence, whose nonnegativity is equivalent to the Riemann hypothesis.
; Formula: a(n) = truncate(9/(n+3))
; 2,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

add $0,3
mov $1,9
div $1,$0
mov $0,$1
