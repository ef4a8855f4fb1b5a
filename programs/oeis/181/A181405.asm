; A181405: Total number of n-digit numbers requiring 8 positive cubes in their representation as sum of cubes.
; 0,3,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
sub $0,1
sub $0,-1
mov $2,$0
lpb $2
  sub $2,1
  mul $2,$2
  add $3,$0
lpe
mov $0,$3
mul $0,24
add $0,25
sub $0,25
mul $0,4
div $0,96
mul $0,3
