; A037746: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,0,1.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%4, c(n) = 6*c(n-1)+(b(n-1)+1)%4, b(0) = 1, c(0) = 0
; 2,15,90,541,3248,19491,116946,701677,4210064,25260387,151562322,909373933,5456243600,32737461603,196424769618,1178548617709,7071291706256,42427750237539,254566501425234,1527399008551405

#offset 1

mov $1,1
lpb $0
  add $1,1
  mul $2,6
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
