; A047330: Numbers that are congruent to {0, 1, 3, 5, 6} mod 7.
; 0,1,3,5,6,7,8,10,12,13,14,15,17,19,20,21,22,24,26,27,28,29,31,33,34,35,36,38,40,41,42,43,45,47,48,49,50,52,54,55,56,57,59,61,62,63,64,66,68,69,70,71,73,75,76,77,78

#offset 1

sub $0,1
sub $0,1
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
sub $0,-2
sub $0,-1
