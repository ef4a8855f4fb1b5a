; A047302: Numbers that are congruent to {1, 2, 3, 4, 6} mod 7.
; 1,2,3,4,6,8,9,10,11,13,15,16,17,18,20,22,23,24,25,27,29,30,31,32,34,36,37,38,39,41,43,44,45,46,48,50,51,52,53,55,57,58,59,60,62,64,65,66,67,69,71,72,73,74,76,78,79

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
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
lpb $0
  add $0,2
lpe
sub $0,3
sub $0,4
add $0,1
sub $0,-2
add $0,1
