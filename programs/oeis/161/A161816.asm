; A161816: Denominator of fraction in Redheffer type matrix.
; 1,2,4,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768,65536,131072

#offset 1

sub $0,1
mov $4,$0
sub $0,1
mov $1,$0
bin $0,$3
lpb $1
  sub $1,1
  mov $3,$0
  mul $3,6
  add $0,$0
lpe
mov $0,$3
div $0,2
sub $0,4
div $0,3
mul $0,2
add $0,4
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
