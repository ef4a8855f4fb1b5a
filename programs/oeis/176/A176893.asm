; A176893: a(n) = 2^(number of zeros in binary expansion of n) * 3^(numbers of ones in binary expansion of n).
; 2,3,6,9,12,18,18,27,24,36,36,54,36,54,54,81,48,72,72,108,72,108,108,162,72,108,108,162,108,162,162,243,96,144,144,216,144,216,216,324,144,216,216,324,216,324,324,486,144,216,216

mov $1,$0
mov $2,-1
lpb $0
  lpb $0
    add $3,$2
    dif $0,2
    mul $2,2
  lpe
  add $3,$2
  add $3,$2
  div $0,2
  mul $2,3
lpe
mov $0,$3
equ $1,0
mul $1,-1
add $0,$1
mul $0,-1
add $0,1
