; A338729: a(n) = number of permutations avoiding the simsum pattern 213 and the classical pattern 321.
; Formula: a(n) = e(n)+1, b(n) = b(n-1)+c(n-1)+(c(n-1)+d(n-1))+1, c(n) = c(n-1)+d(n-1), d(n) = d(n-1)+(b(n-1)+c(n-1))-1, e(n) = e(n-1)-(c(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
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
