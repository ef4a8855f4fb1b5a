; A037731: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,0,3.
; Formula: a(n) = b(n), b(n) = 5*b(n-1)+lodamod(c(n-1)+3,4), c(n) = lodamod(c(n-1)+3,4), b(0) = 0, c(0) = -1
; 2,11,55,278,1392,6961,34805,174028,870142,4350711,21753555,108767778,543838892,2719194461,13595972305,67979861528,339899307642,1699496538211,8497482691055,42487413455278,212437067276392,1062185336381961

#offset 1

mov $1,-1
lpb $0
  mul $2,5
  add $1,3
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
