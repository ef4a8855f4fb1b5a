; A065118: Numbers which are 19 times the sum of their digits.
; Formula: a(n) = 19*(n+5*floor(n/10))+114
; 114,133,152,171,190,209,228,247,266,285,399

mov $1,$0
div $1,10
mul $1,5
add $0,$1
mul $0,19
add $0,114
