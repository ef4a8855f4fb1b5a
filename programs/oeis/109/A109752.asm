; A109752: Using the lunar product (see A087062 for definition), numbers n such that if n divides a*b, then n must divide either a or b. The multiplicative identity, 9, is excluded by convention.
; 1,2,3,4,5,6,7,8,90

#offset 1

mov $1,$0
lpb $0
  dif $0,9
  mul $1,10
lpe
mov $0,$1
