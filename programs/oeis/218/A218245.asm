; A218245: Nicolas's sequence, whose nonnegativity is equivalent to the Riemann hypothesis.
; 2,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $2,$0
sub $2,3
dif $0,$0
lpb $2
  mov $0,2
  mov $2,$0
lpe
add $0,2
sub $0,2
mul $0,-1
add $0,2
