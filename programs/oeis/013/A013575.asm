; A013575: Minimal scope of an (n,3) difference triangle.
; 6,13,19,24,30,36,42,48,54,60,66,72,78,84,90

#offset 1

sub $0,1
lpb $0
  sub $0,1
  sub $1,$2
  bin $1,$2
  add $3,6
  mov $2,$3
  gcd $2,$0
  add $1,$2
lpe
mov $0,$1
add $0,6
