; A338729: a(n) = number of permutations avoiding the simsum pattern 213 and the classical pattern 321.
; 1,1,2,4,8,18,45,119

lpb $0
  add $1,$2
  add $2,$3
  sub $0,1
  add $3,$1
  add $1,$2
  add $1,1
  sub $4,$2
  sub $3,1
lpe
mov $0,$4
add $0,1
