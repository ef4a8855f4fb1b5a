; A217923: F-block elements for Janet periodic table.
; 57,58,59,60,61,62,63,64,65,66,67,68,69,70,89,90,91,92,93,94,95,96,97,98,99,100,101,102

#offset 1

mov $1,3
lpb $0
  sub $2,$3
  add $3,$4
  add $3,$4
  sub $1,$2
  add $3,$4
  sub $0,1
  sub $4,$3
  gcd $4,$1
  sub $2,$3
lpe
mov $0,$3
div $0,9
add $0,57
