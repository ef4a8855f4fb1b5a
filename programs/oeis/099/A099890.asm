; A099890: XOR BINOMIAL transform of the odd numbers; also the main diagonal of the XOR difference triangle A099889.
; 1,2,4,0,8,0,0,0,16,0,0,0,0,0,0,0,32,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,64,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,128,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

mov $2,$0
sub $0,1
max $0,0
add $0,1
add $1,$0
add $1,$0
dgs $0,2
lpb $0
  mov $0,1
  sub $1,$1
lpe
mov $0,$1
mov $3,$2
equ $3,0
mul $3,-1
add $0,$3
