; A210985: Number of segments needed to draw the toothpick structure of A139250 as it is after 2^n stages.
; Formula: a(n) = floor((24*(n+1)+4^(n+1))/18)
; 1,3,7,19,63,235,919,3651,14575

add $0,1
mov $1,4
pow $1,$0
mul $0,24
add $0,$1
div $0,18
