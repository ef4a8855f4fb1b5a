; A283810: Numbers of variables for which the Shapiro inequality holds.
; Formula: a(n) = n+max(n-11,0)+2
; 3,4,5,6,7,8,9,10,11,12,13,15,17,19,21,23

#offset 1

mov $1,$0
trn $1,11
add $0,$1
add $0,2
