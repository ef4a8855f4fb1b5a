; A323642: Row n of triangle A323641 when n -> infinity.
; 1,2,3,6,3,6,9,18,3,6,9,18,9,18,27,54,3,6,9,18,9,18,27,54,9,18,27,54,27,54,81,162

#offset 1

sub $0,1
mov $1,-1
lpb $0
  mul $2,3
  lpb $0
    dif $0,2
    mov $1,-2
  lpe
  sub $0,1
  sub $2,$1
lpe
mov $0,$2
add $0,1
