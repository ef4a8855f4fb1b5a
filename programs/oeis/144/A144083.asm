; A144083: Triangle read by rows: partial sums from the right of an A010892 subsequences decrescendo triangle.
; 1,2,1,2,2,1,1,2,2,1,0,1,2,2,1,0,0,1,2,2,1,1,0,0,1,2,2,1,2,1,0,0,1,2,2,1,2,2,1,0,0,1,2,2,1,1,2,2,1,0,0,1,2,2,1,0,1,2,2,1,0,0,1,2,2,1,0,0,1,2,2,1,0,0,1,2,2,1

lpb $0
  add $1,1
  sub $0,$1
lpe
mul $1,5
add $0,$1
dif $0,2
add $0,1
mod $0,3
mul $0,-1
add $0,2
