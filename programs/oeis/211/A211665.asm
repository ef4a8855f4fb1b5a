; A211665: Minimal number of iterations of log_10 applied to n until the result is < 1.
; 1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
sub $0,7
mov $3,$0
mov $0,0
lpb $3
  sub $3,1
  gcd $0,$3
lpe
add $0,2
sub $0,2
add $0,1
