; A037776: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0,2.
; Formula: a(n) = c(n), b(n) = b(n-1)+d(n-1)-1, c(n) = 8*c(n-1)+1+(b(n-1)+d(n-1)), d(n) = d(n-1)-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)-1), b(0) = 0, c(0) = 0, d(0) = 2
; 3,25,200,1602,12819,102553,820424,6563394,52507155,420057241,3360457928,26883663426,215069307411,1720554459289,13764435674312,110115485394498,880923883155987,7047391065247897

#offset 1

mov $1,$0
mov $0,2
lpb $1
  add $2,$0
  mul $3,8
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $2,1
  sub $0,$2
lpe
mov $0,$3
