; A217516: Base-n state complexity of partitioned deterministic finite automaton (PDFA) for the periodic sequence (1234)*.
; Formula: a(n) = lodamod(lodamod(-3*truncate(max(lodapow(-2,n-3)-0,0)/-3)+3+lodapow(-2,n-3)+4,10)+10,10)
; 7,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4

#offset 2

sub $0,3
mov $1,-2
pow $1,$0
mov $0,$1
trn $0,0
div $0,-3
mul $0,-3
add $0,3
add $0,$1
add $0,4
mod $0,10
add $0,10
mod $0,10
