; A183633: Number of (n+1)X(n+1) 0..3 arrays with every 2X2 subblock summing to 6.
; Formula: a(n) = 2*b(n+2), b(n) = 2*b(n-1)+c(n-1), c(n) = 3*c(n-1)+d(n-1), d(n) = 6*d(n-1), b(0) = 0, c(0) = 0, d(0) = 2
; 44,340,2300,14644,90524,551380,3333500,20077684

#offset 1

add $0,2
mov $1,2
lpb $0
  mul $2,2
  add $2,$3
  mul $3,3
  sub $0,1
  add $3,$1
  mul $1,6
lpe
mov $0,$2
mul $0,2
