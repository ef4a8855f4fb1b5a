; A029866: Size of minimal binary covering code of length n and covering radius 2.
; 1,2,2,2,4,7,12,16

#offset 2

sub $0,2
lpb $0
  sub $0,1
  add $3,$1
  sub $1,1
  mov $2,$1
  gcd $2,$0
  seq $2,95344
  pow $2,$1
  add $3,$2
lpe
gcd $0,$3
add $0,1
