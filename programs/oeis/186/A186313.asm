; A186313: Baron Munchhausen's Omni-Sequence.
; 0,1,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
mov $2,$0
sub $2,3
dif $0,$0
lpb $2
  sub $2,2
  mov $0,2
lpe
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
