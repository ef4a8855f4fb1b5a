; A099603: Row sums of triangle A099602, in which row n equals the inverse binomial transform of column n of the triangle of trinomial coefficients (A027907).
; Formula: a(n) = c(floor((n+1)/2))*(n+1-2*floor((n+1)/2))+b(floor((n+1)/2)), b(n) = 2*(2*b(n-1)+c(n-1)), c(n) = c(n-1)+(2*b(n-1)+c(n-1)), b(0) = 0, c(0) = 1
; 1,2,4,12,20,64,104,336,544,1760,2848,9216,14912,48256,78080,252672,408832,1323008,2140672,6927360,11208704,36272128,58689536,189923328,307302400,994451456,1609056256,5207015424,8425127936,27264286720,44114542592,142757658624,230986743808

add $0,1
mov $1,$0
mov $0,1
lpb $1
  sub $1,2
  mul $2,2
  add $2,$0
  add $0,$2
  mul $2,2
lpe
mul $0,$1
add $0,$2
