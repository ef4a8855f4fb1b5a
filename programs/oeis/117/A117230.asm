; A117230: Start with 1 and repeatedly reverse the digits and add 1 to get the next term.
; 1,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8

#offset 1

sub $0,1
sub $0,1
lpb $0
  sub $0,9
lpe
mul $0,-2
div $0,2
add $0,1
sub $0,1
add $0,8
sub $0,9
div $0,-1
add $0,1
