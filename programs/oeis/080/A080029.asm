; A080029: a(n) is taken to be the smallest positive integer not already present which is consistent with the condition "n is a member of the sequence if and only if a(n) is a multiple of 3".
; 0,2,3,6,5,9,12,8,15,18,11,21,24,14,27,30,17,33,36,20,39,42,23,45,48,26,51,54,29,57,60,32,63,66,35,69,72,38,75,78,41,81,84,44,87,90,47,93,96,50,99,102,53,105,108,56,111,114,59,117,120,62,123,126,65,129,132,68,135,138,71,141,144,74,147,150,77,153,156,80

mov $4,$0
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,2
sub $3,$0
add $3,1
add $2,-1
lpb $0
  add $2,$3
  sub $0,1
  add $1,$3
  sub $3,1
  add $2,-1
  sub $3,$1
  add $1,$3
  add $1,$3
lpe
mov $0,$2
sub $0,-1
mul $0,-2
div $0,2
add $0,1
add $0,1
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
