; A186684: Total number of positive integers below 10^n requiring 19 positive biquadrates in their representation as sum of biquadrates.
; 0,1,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,2
add $0,1
sub $0,-1
sub $0,-1
sub $0,1
sub $0,1
add $0,1
mov $1,$0
lpb $1
  sub $1,2
  mov $0,1
  add $0,14
  sub $0,-2
lpe
mod $0,10
