; A115021: Numbers typed on a keyboard's numeric keypad: start at 1 and read alternately up and down until reaching 9.
; Formula: a(n) = A262734(19*n)
; 1,4,7,8,5,2,3,6,9

mul $0,19
seq $0,262734
