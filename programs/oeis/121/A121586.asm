; A121586: Number of columns in all deco polyominoes of height n. A deco polyomino is a directed column-convex polyomino in which the height, measured along the diagonal, is attained only in the last column.
; 1,1,3,13,70,446,3276,27252,253296,2602224,29288160,358457760,4740577920,67375532160,1024208720640,16583626886400,284953145702400,5178968115148800,99268112350310400,2001336861359001600,42337994134947840000,937755916997437440000

add $0,1
mov $1,$0
mov $0,1
mov $2,-1
lpb $1
  mul $0,$1
  add $0,$3
  mov $3,$2
  sub $1,1
  mul $2,$1
lpe
