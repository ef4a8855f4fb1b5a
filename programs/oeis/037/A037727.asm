; A037727: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,3,1.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))-1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 8*d(n-1)+1+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 1, d(0) = 0
; 2,16,131,1049,8394,67152,537219,4297753,34382026,275056208,2200449667,17603597337,140828778698,1126630229584,9013041836675,72104334693401,576834677547210,4614677420377680

#offset 1

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  gcd $0,$0
  sub $0,1
  mul $3,8
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $0,$2
lpe
mov $0,$3
