; A199573: Number of round trips of length n from any of the four vertices of the cycle graph C_4.
; 1,0,2,0,8,0,32,0,128,0,512,0,2048,0,8192,0,32768,0,131072,0,524288,0,2097152,0,8388608,0,33554432,0,134217728,0,536870912,0,2147483648,0,8589934592,0,34359738368,0,137438953472,0

mov $5,$0
sub $0,1
max $0,0
mov $3,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
add $0,3
add $1,3
lpb $0
  sub $0,1
  mul $2,2
  add $2,$1
  add $1,$1
  mul $2,-1
lpe
add $2,$2
mov $0,$2
sub $0,-3
div $0,-3
add $0,1
mov $4,$3
equ $4,0
mul $4,-2
add $0,$4
mov $6,$5
equ $6,0
add $0,$6
