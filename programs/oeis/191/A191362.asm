; A191362: Number of the diagonal of the dispersion of the even positive integers that contains n.
; 0,-1,1,-2,2,0,3,-3,4,1,5,-1,6,2,7,-4,8,3,9,0,10,4,11,-2,12,5,13,1,14,6,15,-5,16,7,17,2,18,8,19,-1,20,9,21,3,22,10,23,-3,24,11,25,4,26,12,27,0,28,13,29,5,30,14,31,-6,32,15,33,6,34,16,35,1,36,17,37,7,38,18,39,-2

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,2
add $0,1
mov $1,$0
lpb $1
  mul $1,3
  dif $1,6
  sub $2,2
lpe
add $1,$2
mov $0,$1
sub $0,1
div $0,2
