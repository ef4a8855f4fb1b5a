; A331052: Coordination sequence for rhombicosidodecahedron.
; Formula: a(n) = d(n+1), b(n) = b(n-1)+e(n-1)+(d(n-1)+(c(n-1)+(b(n-1)+e(n-1))))-(c(n-1)+(b(n-1)+e(n-1))+(b(n-1)+e(n-1)+(d(n-1)+(c(n-1)+(b(n-1)+e(n-1)))))), c(n) = c(n-1)+(b(n-1)+e(n-1))+(b(n-1)+e(n-1)+(d(n-1)+(c(n-1)+(b(n-1)+e(n-1))))), d(n) = d(n-1)+(c(n-1)+(b(n-1)+e(n-1))), e(n) = e(n-1)-(b(n-1)+e(n-1)+(d(n-1)+(c(n-1)+(b(n-1)+e(n-1)))))+3, b(0) = 1, c(0) = 0, d(0) = 0, e(0) = 0
; 1,4,8,11,12,11,8,4,1

add $0,1
mov $2,1
lpb $0
  sub $0,1
  add $2,$1
  add $3,$2
  add $4,$3
  add $2,$4
  sub $1,$2
  add $3,$2
  sub $2,$3
  add $1,3
lpe
mov $0,$4
