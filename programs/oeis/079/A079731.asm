; A079731: Fundamental piano frequencies in Hertz rounded to nearest integer.
; Formula: a(n) = floor((55*2^n+1)/2)
; 28,55,110,220,440,880,1760,3520

mov $1,$0
mov $0,2
pow $0,$1
mul $0,55
add $0,1
div $0,2
