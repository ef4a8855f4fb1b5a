; A053644: Most significant bit of n, msb(n); largest power of 2 less than or equal to n; write n in binary and change all but the first digit to zero.
; 0,1,2,2,4,4,4,4,8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64

mov $4,$0
sub $0,1
sub $3,1
sub $0,1
add $0,1
add $3,2
add $0,1
lpb $0
  div $0,2
  add $3,$3
lpe
mov $0,$3
sub $0,2
div $0,2
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
sub $0,1
sub $0,-2
