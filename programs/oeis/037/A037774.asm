; A037774: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0,2.
; Formula: a(n) = c(n), b(n) = b(n-1)+d(n-1)-1, c(n) = 6*c(n-1)+1+(b(n-1)+d(n-1)), d(n) = d(n-1)-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)-1), b(0) = 0, c(0) = 0, d(0) = 2
; 3,19,114,686,4119,24715,148290,889742,5338455,32030731,192184386,1153106318,6918637911,41511827467,249070964802,1494425788814,8966554732887,53799328397323,322795970383938,1936775822303630

#offset 1

mov $1,$0
mov $0,2
lpb $1
  add $2,$0
  mul $3,6
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $2,1
  sub $0,$2
lpe
mov $0,$3
