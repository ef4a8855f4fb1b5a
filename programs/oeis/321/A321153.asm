; A321153: Possible total numbers of pips when rolling two dice in backgammon.
; 3,4,5,6,7,8,9,10,11,12,16,20,24

#offset 1

sub $0,1
sub $0,1
sub $0,4
sub $0,1
mov $6,$0
sub $0,1
sub $0,1
sub $0,1
add $3,3
lpb $0
  sub $0,1
  add $6,$3
lpe
mov $0,$6
sub $0,-1
add $0,9
sub $0,5
add $0,1
add $0,3
