; A242650: For any number m there is a number k such that m-k^3 is congruent mod 96 to one of these 12 numbers.
; 6,12,18,24,30,36,48,54,60,66,78,84

#offset 1

sub $0,1
sub $0,1
sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  add $0,1
  sub $3,3
lpe
add $0,1
sub $0,2
add $0,11
sub $0,3
mul $0,2
add $0,2
sub $0,12
mul $0,3
add $0,6
