; A367440: Independence number of the polyomino graph PG(n) defined in A367435.
; 1,1,1,2,4,7,18,46

#offset 1

mul $0,2
sub $0,4
lpb $0
  sub $0,4
  sub $1,2
  mov $2,$1
  bin $2,$0
  add $3,$2
lpe
mov $0,$3
add $0,1
