; A237275: Smallest k divisible by the n-th power of its last decimal digit > 1.
; 2,2,12,32,32,32,192,512,512,512,3072,8192,8192,8192,49152,131072,131072,131072,786432,2097152,2097152,2097152,12582912,33554432,33554432,33554432

add $0,1
add $0,1
sub $0,1
mov $1,$0
bin $0,$3
lpb $1
  sub $1,1
  sub $3,2
  mod $3,$0
  mul $3,6
  add $0,$0
lpe
mov $0,$3
div $0,-12
mul $0,10
add $0,2
