; A078734: Start with 1,2, concatenate 2^k previous terms and change last term as follows: 1->2, 2->3, 3->1.
; 1,2,1,3,1,2,1,1,1,2,1,3,1,2,1,2,1,2,1,3,1,2,1,1,1,2,1,3,1,2,1,3,1,2,1,3,1,2,1,1,1,2,1,3,1,2,1,2,1,2,1,3,1,2,1,1,1,2,1,3,1,2,1,1,1,2,1,3,1,2,1,1,1,2,1,3,1,2,1,2

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,3
  dif $0,2
lpe
mov $0,$2
div $0,3
mod $0,3
add $0,4
sub $0,4
add $0,1
