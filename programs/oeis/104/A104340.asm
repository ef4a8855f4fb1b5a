; A104340: Numbers n such that (digital reversal of n) - n = 9.
; Formula: a(n) = 11*n+1
; 12,23,34,45,56,67,78,89

#offset 1

mul $0,11
add $0,1
