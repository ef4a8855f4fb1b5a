; A181405: Total number of n-digit numbers requiring 8 positive cubes in their representation as sum of cubes.
; 0,3,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
sub $0,1
mov $3,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,6
sub $0,1
mov $1,$0
lpb $1
  sub $1,5
lpe
bin $1,$3
mov $0,$1
mul $0,3
