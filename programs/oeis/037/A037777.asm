; A037777: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0,2.
; Formula: a(n) = c(n), b(n) = b(n-1)+d(n-1)-1, c(n) = 9*c(n-1)+1+(b(n-1)+d(n-1)), d(n) = d(n-1)-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)-1), b(0) = 0, c(0) = 0, d(0) = 2
; 3,28,252,2270,20433,183898,1655082,14895740,134061663,1206554968,10858994712,97730952410,879578571693,7916207145238,71245864307142,641212778764280,5770915008878523

#offset 1

mov $1,$0
mov $0,2
lpb $1
  add $2,$0
  mul $3,9
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $2,1
  sub $0,$2
lpe
mov $0,$3
