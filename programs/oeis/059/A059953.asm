; A059953: Ordering of a deck of 52 cards after an out-shuffle.
; 1,27,2,28,3,29,4,30,5,31,6,32,7,33,8,34,9,35,10,36,11,37,12,38,13,39,14,40,15,41,16,42,17,43,18,44,19,45,20,46,21,47,22,48,23,49,24,50,25,51,26,52

#offset 1

sub $0,1
sub $0,1
add $1,9
sub $0,1
sub $0,1
add $1,11
add $0,2
sub $2,1
sub $0,-1
lpb $0
  sub $2,1
  sub $0,1
  mul $2,-1
  add $1,1
  sub $2,$1
  sub $2,8
lpe
mov $0,$2
sub $0,-1
div $0,-1
add $0,1
