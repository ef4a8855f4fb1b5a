; A104218: Sum of opposite numbers on a clock, starting at 12.
; 18,8,10,12,14,16,18,8,10,12,14,16,18

sub $0,1
add $0,2
sub $0,1
add $0,1
sub $0,1
add $0,3
add $0,1
sub $0,-1
mov $3,$0
lpb $3
  sub $3,1
  sub $3,5
lpe
mov $0,$3
mul $0,2
add $0,8
