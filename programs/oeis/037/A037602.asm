; A037602: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 1,3,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1+9*c(n-1))%4, c(n) = 9*c(n-1)+(b(n-1)+1+9*c(n-1))%4, b(0) = 0, c(0) = 0
; 1,12,108,973,8760,78840,709561,6386052,57474468,517270213,4655431920,41898887280,377089985521,3393809869692,30544288827228,274898599445053,2474087395005480

#offset 1

lpb $0
  add $1,1
  mul $2,9
  add $1,$2
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
