; A393210: Halting time for Wolfram's 2-state 2-symbol Turing machine 3626 when started with n on the tape.
; 1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,61,1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,125,1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,61,1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,253,1,5,1,13,1,5,1,29,1,5,1,13,1,5,1,61

#offset 1

sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
lpb $3
  add $1,$1
  sub $1,3
  dif $3,2
lpe
mov $0,$1
mul $0,-18
div $0,54
mul $0,4
add $0,1
