; A055017: Difference between sums of alternate digits of n starting with the last, i.e., (sum of ultimate digit of n, antepenultimate digit of n, ...) - (sum of penultimate digit of n, preantepenultimate digit of n, ...).
; 0,1,2,3,4,5,6,7,8,9,-1,0,1,2,3,4,5,6,7,8,-2,-1,0,1,2,3,4,5,6,7,-3,-2,-1,0,1,2,3,4,5,6,-4,-3,-2,-1,0,1,2,3,4,5,-5,-4,-3,-2,-1,0,1,2,3,4,-6,-5,-4,-3,-2,-1,0,1,2,3,-7,-6,-5,-4,-3,-2,-1,0,1,2

sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
gcd $2,$1
lpb $1
  sub $1,10
  sub $2,$3
  mov $3,4
  sub $2,7
lpe
sub $2,$3
mov $0,$2
mul $0,-2
div $0,-2
