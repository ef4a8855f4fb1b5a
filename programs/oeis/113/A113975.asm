; A113975: Devil's Farey: coefficient expansion of a quadratic over quadratic that has 123 roots and a Farey p[1/2]=1 ( correction).
; 2,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6

sub $0,1
sub $0,1
add $0,1
mul $0,3
sub $0,-1
mov $1,$0
lpb $1
  mov $1,2
lpe
mov $0,$1
sub $0,-2
add $0,2
