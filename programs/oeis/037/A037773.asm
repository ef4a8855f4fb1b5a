; A037773: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0,2.
; Formula: a(n) = c(n), b(n) = b(n-1)+d(n-1)-1, c(n) = 5*c(n-1)+1+(b(n-1)+d(n-1)), d(n) = d(n-1)-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)-1), b(0) = 0, c(0) = 0, d(0) = 2
; 3,16,80,402,2013,10066,50330,251652,1258263,6291316,31456580,157282902,786414513,3932072566,19660362830,98301814152,491509070763,2457545353816,12287726769080,61438633845402,307193169227013

#offset 1

mov $1,$0
mov $0,2
lpb $1
  add $2,$0
  mul $3,5
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $2,1
  sub $0,$2
lpe
mov $0,$3
