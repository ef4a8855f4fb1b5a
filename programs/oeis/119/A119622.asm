; A119622: Numbers m such that no group of order m is a Con-Cos group.
; 4,12,16,18,20,24,28,30,32,36,40

#offset 1

add $0,1
mov $1,$0
div $1,4
add $1,$0
add $0,1
div $0,4
lpb $1
  sub $1,1
  add $1,$0
lpe
add $0,$1
mul $0,2
add $0,4
