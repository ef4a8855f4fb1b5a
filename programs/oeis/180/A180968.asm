; A180968: The only integers that cannot be partitioned into a sum of six positive squares.
; 1,2,3,4,5,7,8,10,11,13,16,19

#offset 1

sub $0,1
gcd $1,$0
lpb $0
  add $0,2
  mul $0,$1
  div $0,14
lpe
add $0,$1
add $0,1
