; A037685: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,3,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+13,4)-2, c(n) = 8*c(n-1)+lodamod(b(n-1)+13,4), b(0) = 0, c(0) = 0
; 1,8,67,538,4305,34440,275523,2204186,17633489,141067912,1128543299,9028346394,72226771153,577814169224,4622513353795,36980106830362,295840854642897,2366726837143176

#offset 1

lpb $0
  add $1,13
  mul $2,8
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
