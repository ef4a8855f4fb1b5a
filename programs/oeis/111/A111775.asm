; A111775: Number of ways n can be written as a sum of at least three consecutive integers.
; 0,0,0,0,0,1,0,0,1,1,0,1,0,1,2,0,0,2,0,1,2,1,0,1,1,1,2,1,0,3,0,0,2,1,2,2,0,1,2,1,0,3,0,1,4,1,0,1,1,2,2,1,0,3,2,1,2,1,0,3,0,1,4,0,2,3,0,1,2,3,0,2,0,1,4,1,2,3,0,1

#offset 1

sub $0,1
mov $1,-1
lpb $0
  sub $0,2
  sub $1,2
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  div $3,$1
lpe
mov $0,$2
