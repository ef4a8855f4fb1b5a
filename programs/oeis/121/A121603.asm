; A121603: Numbers n such that the radius of the smallest circle into which n unit circles can be packed is 1 + csc(Pi/k), where k >= 2 is an integer.
; Formula: a(n) = floor((n+6)*(n+6)/20)
; 2,3,4,5,6,7,8,9,11

#offset 1

add $0,6
mul $0,$0
div $0,20
