; A360263: Determinant of the pentadiagonal symmetric nXn Toeplitz Matrix with a=3, b=c=1.
; 1,3,8,20,48,115,273,648,1536,3640,8625,20435,48416,114708,271768,643875,1525473,3614160,8562688,20286768,48063521,113872355,269787000,639180820,1514350656,3587807763

add $0,1
sub $0,1
sub $1,1
add $0,$0
lpb $0
  add $2,2
  sub $3,1
  sub $1,1
  add $2,$4
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $2,$4
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$4
add $0,1
