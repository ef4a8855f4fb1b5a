; A179183: The size of an optimal binary code of length n and edit distance 3.
; 1,2,2,4,7,12,19,34

#offset 2

add $0,2
lpb $0
  mov $1,$0
  trn $0,6
  pow $1,2
  add $1,5
  div $1,12
  add $2,$1
  add $0,3
lpe
seq $2,29012
mov $0,$2
