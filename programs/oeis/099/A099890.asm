; A099890: XOR BINOMIAL transform of the odd numbers; also the main diagonal of the XOR difference triangle A099889.
; 1,2,4,0,8,0,0,0,16,0,0,0,0,0,0,0,32,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,64,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,128,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

mov $1,$0
mov $2,$0
lpb $0
  dif $0,2
lpe
lpb $0
  equ $2,1
  mov $0,1
lpe
mov $0,$2
mul $0,2
equ $1,0
add $0,$1
