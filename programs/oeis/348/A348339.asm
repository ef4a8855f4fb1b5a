; A348339: a(n) is the number of distinct numbers of steps required for the last n digits of integers to repeat themselves by iterating the map m -> m^2.
; 3,6,9,12,19,28,39,52,67,84

#offset 1

sub $0,1
mov $2,$0
mov $1,3
max $2,$1
lpb $2
  sub $2,1
  sub $1,$0
lpe
mov $0,$1
sub $0,3
div $0,-1
add $0,3
