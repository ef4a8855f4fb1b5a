; A099892: XOR BINOMIAL transform of A003188 (Gray code numbers); also the main diagonal of the XOR difference triangle A099891.
; 0,1,3,0,6,0,0,0,12,0,0,0,0,0,0,0,24,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,48,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,96,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

mov $3,$0
sub $0,1
max $0,0
sub $0,1
add $0,2
sub $2,$0
sub $1,-2
mul $0,3
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
