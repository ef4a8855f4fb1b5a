; A077550: Number of nonisomorphic ways a river (or undirected line) can cross two perpendicular roads n times (orbits of A076875 under symmetry group of order 8).
; 1,1,2,3,9,21,54,131

lpb $0
  sub $0,1
  add $1,$2
  sub $2,$3
  sub $3,$1
  lpb $2
    mov $2,$4
  lpe
  sub $3,$1
  add $4,$3
  sub $1,1
  sub $2,$1
  add $1,$2
lpe
mov $0,$4
div $0,-2
add $0,1
