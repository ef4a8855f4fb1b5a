; A231600: Output of a finite state automaton generating the period doubling sequence, when fed with binary representation of n, read from right to left.
; 0,0,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0

add $0,1
sub $0,1
mov $3,$0
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,1
sub $0,1
mov $2,3
add $0,1
lpb $0
  sub $0,1
  add $2,$0
  add $0,-1
  dif $0,2
lpe
lpb $0
  mov $0,$2
  add $0,3
  mod $0,2
lpe
mov $4,$3
equ $4,0
add $0,$4
