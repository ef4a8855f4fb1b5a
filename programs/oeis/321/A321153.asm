; A321153: Possible total numbers of pips when rolling two dice in backgammon.
; Formula: a(n) = n-5+3*max(n-5,5)-8
; 3,4,5,6,7,8,9,10,11,12,16,20,24

#offset 1

sub $0,5
mov $1,$0
max $1,5
mul $1,3
add $0,$1
sub $0,8
