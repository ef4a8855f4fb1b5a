; A071072: Minimal "multiples of 4" set in base 10.
; 0,4,8,12,16,32,36,52,56,72,76,92,96

#offset 1

sub $0,1
sub $0,3
mov $1,$0
lpb $1
  sub $1,2
  add $0,3
lpe
add $0,2
sub $0,-1
mul $0,4
