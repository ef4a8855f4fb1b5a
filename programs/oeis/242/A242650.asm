; A242650: For any number m there is a number k such that m-k^3 is congruent mod 96 to one of these 12 numbers.
; 6,12,18,24,30,36,48,54,60,66,78,84

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,4
  add $0,1
lpe
sub $0,7
add $0,3
sub $0,-3
mul $0,4
add $0,1
sub $0,21
div $0,4
mul $0,18
add $0,9
sub $0,-9
div $0,18
mul $0,12
add $0,15
sub $0,-69
div $0,2
add $0,6
