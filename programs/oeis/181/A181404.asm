; A181404: Total number of positive integers below 10^n requiring 8 positive cubes in their representation as sum of cubes.
; 0,3,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15

#offset 1

sub $0,1
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  mov $0,1
  mul $0,5
lpe
add $0,10
sub $0,10
mul $0,3
