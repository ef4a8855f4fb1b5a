; A348339: a(n) is the number of distinct numbers of steps required for the last n digits of integers to repeat themselves by iterating the map m -> m^2.
; Formula: a(n) = (n-1)*max(n-1,3)+3
; 3,6,9,12,19,28,39,52,67,84

#offset 1

sub $0,1
mov $1,$0
max $1,3
mul $0,$1
add $0,3
