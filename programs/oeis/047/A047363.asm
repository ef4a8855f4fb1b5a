; A047363: Numbers that are congruent to {0, 2, 3, 4, 5} mod 7.
; 0,2,3,4,5,7,9,10,11,12,14,16,17,18,19,21,23,24,25,26,28,30,31,32,33,35,37,38,39,40,42,44,45,46,47,49,51,52,53,54,56,58,59,60,61,63,65,66,67,68,70,72,73,74,75,77,79

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,6
mov $1,$0
lpb $1
  sub $1,5
  add $0,3
  sub $0,1
lpe
sub $0,7
add $0,3
sub $0,-3
mul $0,4
lpb $1
  sub $1,1
  add $0,1
lpe
div $0,4
mul $0,18
add $0,3
sub $0,21
div $0,18
sub $0,1
add $0,2
sub $0,3
sub $0,4
add $0,1
sub $0,-2
