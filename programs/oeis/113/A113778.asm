; A113778: Invert blocks of four in the sequence of natural numbers.
; 4,3,2,1,8,7,6,5,12,11,10,9,16,15,14,13,20,19,18,17,24,23,22,21,28,27,26,25,32,31,30,29,36,35,34,33,40,39,38,37,44,43,42,41,48,47,46,45,52,51,50,49,56,55,54,53,60,59,58,57,64,63,62,61,68,67,66

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
mov $1,$0
lpb $1
  sub $1,2
  sub $1,2
  add $0,4
lpe
add $0,2
mul $0,2
lpb $1
  sub $1,1
  add $0,4
  sub $0,10
lpe
div $0,4
add $0,1
sub $0,1
add $0,3
sub $0,3
mul $0,2
add $0,1
sub $0,3
div $0,2
add $0,4
