; A129881: Sequence i_{s_n} arising in enumeration of arrays of directed blocks (see Quaintance reference for precise definition), where i_n = A129876, s_n = A129873.
; 2,2,6,6,22,24,90,100

#offset 1

sub $0,1
mov $1,$0
mov $2,1
lpb $1
  add $0,1
  sub $1,2
  add $0,$2
  add $2,$0
  mul $0,2
lpe
div $0,4
mul $0,2
add $0,2
