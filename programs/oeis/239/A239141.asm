; A239141: Number of strict partitions of n having standard deviation <= 1.
; 1,1,2,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2

#offset 1

sub $0,1
sub $0,1
add $3,2
lpb $0
  add $1,$2
  sub $0,1
  add $1,$3
  add $2,$3
  sub $1,3
  sub $3,$2
  gcd $1,$2
  sub $3,$1
  sub $3,$2
lpe
mov $0,$1
add $0,1
