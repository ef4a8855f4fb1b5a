; A348665: Number of partitions of n into 3 parts whose smallest and middle parts divide n.
; 0,0,1,1,1,3,1,3,3,3,1,10,1,3,6,6,1,10,1,10,6,3,1,21,3,3,6,10,1,21,1,10,6,3,6,28,1,3,6,21,1,21,1,10,15,3,1,36,3,10,6,10,1,21,6,21,6,3,1,55,1,3,15,15,6,21,1,10,6,21,1,55,1,3,15,10,6,21,1,36

#offset 1

sub $0,1
lpb $0
  sub $0,1
  add $1,1
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  bin $3,$1
  sub $0,1
lpe
sub $2,$3
mov $0,$2
mov $1,$2
mul $0,$1
sub $0,$1
div $0,2
