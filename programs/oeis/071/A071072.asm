; A071072: Minimal "multiples of 4" set in base 10.
; 0,4,8,12,16,32,36,52,56,72,76,92,96

#offset 1

sub $0,4
mov $1,$0
lpb $1
  add $0,3
  sub $1,2
lpe
mul $0,4
add $0,12
