; A004631: Squares written in base 16. (Next term contains a non-decimal character.)
; 1,4,9,10,19,24,31,40,51,64,79,90

add $0,1
mov $1,1
mul $0,$0
lpb $0
  lpb $0
    dif $0,16
    mul $1,10
  lpe
  add $2,$1
  sub $0,1
lpe
mov $0,$2
