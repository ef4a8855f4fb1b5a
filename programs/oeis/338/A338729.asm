; A338729: a(n) = number of permutations avoiding the simsum pattern 213 and the classical pattern 321.
; 1,1,2,4,8,18,45,119

sub $0,1
lpb $0
  sub $2,$1
  add $2,$4
  mul $3,-1
  add $2,$3
  sub $0,1
  sub $4,$3
  add $2,1
  sub $3,$2
  sub $4,$1
  add $2,$1
  add $1,$3
lpe
mov $0,$2
add $0,1
