; A047503: Numbers that are congruent to {0, 2, 3, 4, 5, 7} mod 8.
; 0,2,3,4,5,7,8,10,11,12,13,15,16,18,19,20,21,23,24,26,27,28,29,31,32,34,35,36,37,39,40,42,43,44,45,47,48,50,51,52,53,55,56,58,59,60,61,63,64,66,67,68,69,71,72,74,75,76,77,79,80,82,83,84,85,87

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
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
sub $0,1
add $0,1
add $0,6
mov $1,$0
lpb $1
  sub $1,6
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
sub $0,4
add $0,1
sub $0,-4
sub $0,-2
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
