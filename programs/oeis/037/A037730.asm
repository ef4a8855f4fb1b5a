; A037730: Base 4 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,0,3.
; Formula: a(n) = b(n), b(n) = 4*b(n-1)+lodamod(c(n-1)+3,4), c(n) = lodamod(c(n-1)+3,4), b(0) = 0, c(0) = -1
; 2,9,36,147,590,2361,9444,37779,151118,604473,2417892,9671571,38686286,154745145,618980580,2475922323,9903689294,39614757177,158459028708,633836114835,2535344459342,10141377837369,40565511349476

#offset 1

mov $1,-1
lpb $0
  mul $2,4
  add $1,3
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
