; A037571: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,2.
; Formula: a(n) = c(n), b(n) = gcd(b(n-1),2)+c(n-1)+1, c(n) = 5*c(n-1)+(gcd(b(n-1),2)+c(n-1)), b(0) = 0, c(0) = 0
; 2,13,80,482,2893,17360,104162,624973,3749840,22499042,134994253,809965520,4859793122,29158758733,174952552400,1049715314402,6298291886413,37789751318480,226738507910882,1360431047465293

#offset 1

lpb $0
  sub $0,1
  gcd $1,2
  add $1,$2
  mul $2,5
  add $2,$1
  add $1,1
lpe
mov $0,$2
