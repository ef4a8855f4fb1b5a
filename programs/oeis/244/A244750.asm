; A244750: 0-additive sequence: a(n) is the smallest number larger than a(n-1) which is not the sum of any subset of earlier terms, with initial values {0, 2, 3, 4}.
; 0,2,3,4,8,16,32,64,128,256,512,1024,2048,4096,8192,16384,32768,65536,131072,262144

#offset 1

sub $0,1
mov $3,$0
sub $0,1
sub $0,1
sub $0,1
add $0,2
sub $1,4
add $2,$1
lpb $0
  sub $0,1
  add $2,$1
  mov $1,$2
lpe
mov $0,$1
sub $0,-44
div $0,-2
add $0,19
sub $0,2
div $0,2
add $0,3
mov $4,$3
equ $4,0
mul $4,-2
add $0,$4
