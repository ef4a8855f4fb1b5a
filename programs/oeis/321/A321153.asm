; A321153: Possible total numbers of pips when rolling two dice in backgammon.
; 3,4,5,6,7,8,9,10,11,12,16,20,24

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
mov $3,$0
lpb $3
  sub $3,5
  sub $3,5
  add $0,3
  lpb $3
    sub $3,1
    add $0,3
  lpe
lpe
add $0,3
