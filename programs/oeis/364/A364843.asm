; A364843: Integers are repeated in runs of 1, 2, 3, ... Each new integer (following a run) is given the value of its sequence index value.
; 1,2,2,4,4,4,7,7,7,7,11,11,11,11,11,16,16,16,16,16,16,22,22,22,22,22,22,22,29,29,29,29,29,29,29,29,37,37,37,37,37,37,37,37,37,46,46,46,46,46,46,46,46,46,46,56,56,56,56,56,56,56,56,56,56,56

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,-1
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  sub $2,1
  add $1,$2
lpe
mov $0,$1
div $0,-1
add $0,1
