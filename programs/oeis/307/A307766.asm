; A307766: Number of palindromic hexagonal numbers of length n whose index is also palindromic.
; 3,1,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $7,$0
sub $0,1
max $0,0
mov $5,$0
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,2
  sub $4,3
  sub $0,1
  sub $4,$1
  sub $3,$2
  mov $2,$1
  sub $3,$1
  add $2,$3
  add $1,$3
lpe
lpb $2
  sub $2,1
lpe
mov $0,$2
sub $0,-2
div $0,-2
add $0,1
mov $6,$5
equ $6,0
add $0,$6
mov $8,$7
equ $8,0
mul $8,2
add $0,$8
