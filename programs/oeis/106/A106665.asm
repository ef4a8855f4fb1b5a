; A106665: Alternate paper-folding (or alternate dragon curve) sequence.
; 1,0,0,1,1,1,0,0,1,0,0,0,1,1,0,1,1,0,0,1,1,1,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,1,0,0,1,0,0,0,1,1,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,1,0,1,1,0,0,1,1,1,0,0,1,0,0,0,1,1,0,1

mov $3,$0
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,3
  sub $0,2
  dif $0,2
lpe
mov $0,$2
add $0,1
mov $4,$3
equ $4,0
add $0,$4
add $0,1
mod $0,2
