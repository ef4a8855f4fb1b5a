; A004629: Squares written in base 11. (Next term contains a nondecimal digit.)
; 1,4,9,15,23,33,45,59,74,91,100,121,144,169,195,213,243,275

#offset 1

mov $1,1
mul $0,$0
lpb $0
  lpb $0
    dif $0,11
    mul $1,10
  lpe
  add $2,$1
  sub $0,1
lpe
mov $0,$2
