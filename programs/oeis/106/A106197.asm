; A106197: Analog of A094091 for S=4.
; 0,0,0,0,0,0,0,0,1,0,0,0,0,1,1,0,0,0,0,1,1,0,0,1,0,0,0,0

#offset 1

sub $0,1
mov $1,$0
add $0,1
lpb $0
  sub $2,1
  sub $1,$3
  sub $0,1
  mov $3,$2
  gcd $3,$1
  sub $2,$1
  pow $3,$2
lpe
mov $0,$1
mod $0,2
