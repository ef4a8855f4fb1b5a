; A028733: Nonsquares mod 20.
; Formula: a(n) = truncate((7*(n-2)+14)/6)+2+(-2*(max(n-2,0)==0))+1
; 2,3,6,7,8,10,11,12,13,14,15,17,18,19

#offset 1

sub $0,2
mov $1,$0
mul $0,7
add $0,14
div $0,6
add $0,2
max $1,0
equ $1,0
mul $1,-2
add $0,$1
add $0,1
