; A143299: Number of terms in the Zeckendorf representation of every number in row n of the Wythoff array.
; 1,2,2,2,3,2,3,3,2,3,3,3,4,2,3,3,3,4,3,4,4,2,3,3,3,4,3,4,4,3,4,4,4,5,2,3,3,3,4,3,4,4,3,4,4,4,5,3,4,4,4,5,4,5,5,2,3,3,3,4,3,4,4,3,4,4,4,5,3,4,4,4,5,4,5,5,3,4,4,4

#offset 1

sub $0,1
lpb $0
  add $1,1
  seq $0,66628
lpe
mov $0,$1
add $0,1
