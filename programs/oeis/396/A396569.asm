; A396569: Number of ways to tile a rectangular strip of length n, ending in a triangle, with three types of tiles.
; 0,1,4,16,66,270,1106,4530,18554,75994,311258,1274858,5221594,21386730,87596282,358778954,1469495450,6018794730,24651923898,100969941514,413555109594,1693848942634,6937707149306,28415627437642,116385408795418

mov $2,3
add $0,1
lpb $0
  add $2,$2
  sub $0,1
  add $2,$3
  add $2,$3
  add $2,$3
  add $2,$1
  add $1,$2
  sub $2,$1
  add $1,$3
  sub $3,$2
  add $2,$3
  add $2,$3
lpe
mov $0,$2
div $0,6
