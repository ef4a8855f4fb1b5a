; A161816: Denominator of fraction in Redheffer type matrix.
; 1,2,4,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768,65536,131072

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
mov $2,$0
add $1,2
fac $3,$2
add $3,1
lpb $2
  sub $2,1
  mul $3,$1
lpe
mov $0,$3
sub $0,1
mul $0,2
add $0,2
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
