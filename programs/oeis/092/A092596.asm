; A092596: Natural numbers n for which sum of decimal digits is greater than n/2.
; 1,2,3,4,5,6,7,8,9,19

#offset 1

sub $0,1
add $3,$0
mov $1,$0
nrt $1,2
lpb $1
  sub $1,3
  add $3,$0
lpe
mov $0,$3
add $0,1
