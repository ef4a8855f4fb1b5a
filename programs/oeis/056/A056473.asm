; A056473: Number of palindromic structures using exactly four different symbols.
; Formula: a(n) = c(max(truncate((n-3)/2),0)), b(n) = 3*(b(n-1)-d(n-1)), c(n) = 4*c(n-1)+(b(n-1)-d(n-1)), d(n) = 2*d(n-1)-1, b(0) = 0, c(0) = 0, d(0) = 0
; 0,0,0,0,0,0,1,1,10,10,65,65,350,350,1701,1701,7770,7770,34105,34105,145750,145750,611501,611501,2532530,2532530,10391745,10391745,42355950,42355950,171798901

#offset 1

sub $0,3
lpb $0
  sub $1,$2
  mul $3,4
  mul $2,2
  sub $0,2
  add $3,$1
  mul $1,3
  sub $2,1
lpe
mov $0,$3
