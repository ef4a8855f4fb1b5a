; A237275: Smallest k divisible by the n-th power of its last decimal digit > 1.
; 2,2,12,32,32,32,192,512,512,512,3072,8192,8192,8192,49152,131072,131072,131072,786432,2097152,2097152,2097152,12582912,33554432,33554432,33554432

mov $1,$0
add $0,3
add $1,2
lpb $0
  sub $0,1
  add $2,$3
  mul $2,2
  mov $3,$1
  sub $1,3
  bin $3,$0
lpe
mov $0,$2
div $0,16
mul $0,10
add $0,2
