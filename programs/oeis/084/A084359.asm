; A084359: a(n) = number of partitions of n into pair of parts n=p+q, p>=q>=1, with p-q equal to a square >= 0.
; 0,1,1,1,1,2,1,2,1,2,2,2,2,2,2,2,2,3,2,3,2,3,2,3,2,3,3,3,3,3,3,3,3,3,3,3,3,4,3,4,3,4,3,4,3,4,3,4,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,4,5,4,5,4,5,4,5,4,5,4,5,4,5

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,5
add $0,$0
lpb $0
  add $1,$3
  add $2,$3
  min $1,-5
  sub $0,1
  sub $0,1
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$2
sub $0,5
div $0,5
add $0,2
sub $0,2
div $0,2
add $0,2
sub $0,2
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
