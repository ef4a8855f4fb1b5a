; A037600: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 1,3,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1+c(n-1))%7, c(n) = 7*c(n-1)+(b(n-1)+1+c(n-1))%7, b(0) = 0, c(0) = 0
; 1,10,70,491,3440,24080,168561,1179930,8259510,57816571,404716000,2833012000,19831084001,138817588010,971723116070,6802061812491,47614432687440,333301028812080,2333107201684561

#offset 1

lpb $0
  add $1,1
  add $1,$2
  mul $2,7
  mod $1,7
  sub $0,1
  add $2,$1
lpe
mov $0,$2
