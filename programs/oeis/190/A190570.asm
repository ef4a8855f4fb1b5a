; A190570: Number of n-step one-sided prudent walks, avoiding exactly two consecutive west steps and two consecutive east steps.
; Formula: a(n) = -e(n+2), b(n) = -b(n-1)-(d(n-1)+e(n-1))-(c(n-1)+d(n-1))+1, c(n) = 2*(c(n-1)+d(n-1))-1, d(n) = d(n-1)+e(n-1), e(n) = e(n-1)+(-b(n-1)-(d(n-1)+e(n-1))), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 1,3,5,13,27,63,137,309,683,1527,3393,7565,16835,37503,83497,185957,414075,922119,2053393,4572669,10182643,22675407,50494905,112445269,250399915,557606103,1241711393,2765119597,6157538211,13711985439

#offset 1

add $0,2
lpb $0
  mul $1,-1
  add $2,$3
  sub $0,1
  add $3,$4
  sub $1,$3
  add $4,$1
  sub $1,$2
  mul $2,2
  sub $2,1
  add $1,1
lpe
mov $0,$4
mul $0,-1
