; A113459: Least number that begins an arithmetic progression of n numbers with the same prime signature.
; 1,2,3,5,5,7,7,11,11,11,11,13

#offset 1

mov $1,-1
lpb $0
  sub $1,$2
  sub $0,1
  mov $2,$1
  gcd $2,$0
lpe
mov $0,$2
