; A161837: First differences of A161836.
; Formula: a(n) = 3*floor(lodamod(7,n)/3)
; 0,0,0,3,0,0,0,6,6

#offset 1

mov $1,7
mod $1,$0
mov $0,$1
div $0,3
mul $0,3
