; A181404: Total number of positive integers below 10^n requiring 8 positive cubes in their representation as sum of cubes.
; 0,3,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15

#offset 1

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
lpe
mod $0,10
mul $0,3
