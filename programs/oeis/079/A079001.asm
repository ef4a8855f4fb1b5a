; A079001: Digital equivalents of letters A, B, C, ..., Z on touch-tone telephone keypad.
; Formula: a(n) = sqrtint(6*(max(n-3,0)+41+max(n-3,0)))-13
; 2,2,2,3,3,3,4,4,4,5,5,5,6,6,6,7,7,7,7,8,8,8,9,9,9,9

#offset 1

sub $0,3
max $0,0
mov $1,$0
add $0,41
add $0,$1
mul $0,6
nrt $0,2
sub $0,13
