; A326244: Number of labeled n-vertex simple graphs without crossing or nesting edges.
; Formula: a(n) = c(n), b(n) = 4*(b(n-1)+c(n-1)), c(n) = c(n-1)-d(n-1), d(n) = d(n-1)-(b(n-1)+c(n-1)), b(0) = 0, c(0) = 1, d(0) = 0
; 1,1,2,8,36,160,704,3088,13536,59328,260032,1139712

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  sub $0,$3
  sub $3,$2
  mul $2,4
  sub $1,1
lpe
