; A134309: Triangle read by rows, where row n consists of n zeros followed by 2^(n-1).
; 1,0,1,0,0,2,0,0,0,4,0,0,0,0,8,0,0,0,0,0,16,0,0,0,0,0,0,32,0,0,0,0,0,0,0,64,0,0,0,0,0,0,0,0,128,0,0,0,0,0,0,0,0,0,256,0,0,0,0,0,0,0,0,0,0,512,0,0,0,0,0,0,0,0,0,0,0,1024,0,0

mov $5,$0
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,2
  lpb $4
    sub $4,1
    sub $0,1
  lpe
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
