; A396569: Number of ways to tile a rectangular strip of length n, ending in a triangle, with three types of tiles.
; Formula: a(n) = truncate(d(n)/-20), b(n) = b(n-1)+c(n-1)+(c(n-1)-d(n-1)-(b(n-1)+c(n-1))), c(n) = c(n-1)-d(n-1)-(b(n-1)+c(n-1))-(d(n-1)-(b(n-1)+c(n-1))), d(n) = 2*(d(n-1)-(b(n-1)+c(n-1))), b(0) = 0, c(0) = 10, d(0) = 0
; 0,1,4,16,66,270,1106,4530,18554,75994,311258,1274858,5221594,21386730,87596282,358778954,1469495450,6018794730,24651923898,100969941514,413555109594,1693848942634,6937707149306,28415627437642,116385408795418

mov $1,$0
mov $0,10
lpb $1
  add $2,$0
  sub $0,$3
  sub $3,$2
  sub $0,$2
  add $2,$0
  sub $0,$3
  mul $3,2
  sub $1,1
lpe
mov $0,$3
div $0,-20
