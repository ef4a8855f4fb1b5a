; A047309: Numbers that are congruent to {1, 3, 4, 5, 6} mod 7.
; 1,3,4,5,6,8,10,11,12,13,15,17,18,19,20,22,24,25,26,27,29,31,32,33,34,36,38,39,40,41,43,45,46,47,48,50,52,53,54,55,57,59,60,61,62,64,66,67,68,69,71,73,74,75,76,78

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
add $0,1
