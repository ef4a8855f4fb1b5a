; A078627: Write n in binary; repeatedly sum the "digits" until reaching 1; a(n) = 1 + number of steps required.
; 1,2,3,2,3,3,4,2,3,3,4,3,4,4,3,2,3,3,4,3,4,4,3,3,4,4,3,4,3,3,4,2,3,3,4,3,4,4,3,3,4,4,3,4,3,3,4,3,4,4,3,4,3,3,4,4,3,3,4,3,4,4,4,2,3,3,4,3,4,4,3,3,4,4,3,4,3,3,4,3

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
mov $3,-1
sub $0,-2
lpb $0
  sub $3,1
  dgs $0,2
lpe
mov $0,$3
div $0,-1
