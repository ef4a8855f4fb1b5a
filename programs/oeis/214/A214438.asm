; A214438: Numerator of correlation kernels arising in adding a list of numbers in base 3 considering the distribution of number of carries.
; 1,1,2,1,1,0,-1,-1,-2,-1,-1,0,1,1,2,1,1,0,-1,-1,-2,-1,-1,0,1,1,2,1,1,0,-1,-1,-2,-1,-1,0,1,1,2,1,1,0,-1,-1,-2,-1,-1,0,1,1,2,1,1,0,-1,-1,-2,-1,-1,0,1,1,2,1,1,0,-1,-1,-2,-1,-1,0,1,1,2,1,1,0,-1,-1

#offset -1

add $0,1
add $0,1
add $0,1
sub $0,1
add $0,$0
add $0,1
add $0,3
lpb $0
  sub $2,$4
  add $2,$3
  add $2,2
  sub $0,1
  sub $0,1
  sub $4,$1
  add $2,1
  sub $3,$2
  sub $3,$1
  add $2,3
  sub $2,$1
  add $2,$3
  add $1,$3
  add $2,$1
lpe
mov $0,$2
sub $0,6
div $0,3
add $0,1
