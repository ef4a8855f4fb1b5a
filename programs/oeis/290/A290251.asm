; A290251: a(n) is the number of parts in the integer partition having viabin number n.
; 0,1,2,1,3,2,2,1,4,3,3,2,3,2,2,1,5,4,4,3,4,3,3,2,4,3,3,2,3,2,2,1,6,5,5,4,5,4,4,3,5,4,4,3,4,3,3,2,5,4,4,3,4,3,3,2,4,3,3,2,3,2,2,1,7,6,6,5,6,5,5,4,6,5,5,4,5,4,4,3

mov $5,$0
sub $0,1
sub $0,1
add $0,1
mov $3,$0
sub $0,1
add $0,1
sub $0,-1
add $0,1
mov $2,$0
lpb $2
  add $1,$0
  sub $2,-1
  div $2,2
  mov $0,$2
lpe
add $0,$1
mov $4,$3
mul $4,-2
add $0,$4
sub $0,-1
sub $0,4
add $0,1
mov $6,$5
equ $6,0
mul $6,-1
add $0,$6
