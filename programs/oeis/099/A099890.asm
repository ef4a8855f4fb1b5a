; A099890: XOR BINOMIAL transform of the odd numbers; also the main diagonal of the XOR difference triangle A099889.
; 1,2,4,0,8,0,0,0,16,0,0,0,0,0,0,0,32,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,64,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,128,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

mov $3,$0
sub $0,1
max $0,0
sub $0,1
add $0,2
sub $2,$0
sub $1,-2
mul $0,4
mul $2,$2
dgs $2,$1
add $2,-1
lpb $2
  sub $2,1
  mov $0,$2
lpe
div $0,2
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
