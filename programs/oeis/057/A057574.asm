; A057574: Maximal numbers of codewords in mixed code with n binary coordinates and 1 ternary coordinate with Hamming distance 3.
; 1,1,2,3,6,8,16,26,50

mov $1,$0
mov $0,0
mov $2,-2
lpb $1
  sub $0,$2
  add $2,$3
  sub $1,1
  add $3,$4
  lpb $0
    sub $0,1
    mul $4,-1
    add $4,$0
  lpe
  mul $2,-1
  add $3,$0
lpe
mov $0,$3
div $0,-2
add $0,1
