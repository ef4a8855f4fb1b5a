; A226033: Round(n * exp(-1 - 1/(2n))), an approximation to the number of daughters to wait before picking in the sultan's dowry problem (Better that A225593).
; Formula: a(n) = A057366(max(n-2,0))+1-(n-1==0)
; 0,1,1,1,2,2,2,3,3,3,4,4,5,5,5,6,6,6,7,7,8,8,8,9,9,9,10,10,10,11,11,12,12,12,13,13,13,14,14,15,15,15,16,16,16,17,17,17,18,18,19,19,19,20,20,20,21,21,22,22,22,23,23,23,24,24,24,25,25,26,26,26

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
seq $0,57366
add $0,1
equ $1,0
mul $1,-1
add $0,$1
