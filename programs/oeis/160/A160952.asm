; A160952: a(n)=largest (n+1)-digit prime formed by appending a digit to a(n-1); a(0)=2.
; Formula: a(n) = 3*(truncate(10^n/-50)+10^n)-1
; 2,29,293,2939,29399,293999,2939999,29399999

mov $1,10
pow $1,$0
mov $0,$1
div $0,-50
add $0,$1
mul $0,3
sub $0,1
