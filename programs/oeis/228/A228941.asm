; A228941: The n-th convergent of CF(e) is the a(n)-th convergent of DCF(e), the delayed continued fraction of e.
; Formula: a(n) = n+floor((n+1)/3)*floor((n+1)/3)
; 1,3,4,5,9,10,11,17,18,19,27,28,29,39,40,41,53,54,55,69,70,71,87,88,89,107,108,109

#offset 1

mov $1,$0
add $1,1
div $1,3
mul $1,$1
add $0,$1
