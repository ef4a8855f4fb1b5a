; A185117: Number of connected 2-regular simple graphs on n vertices with girth at least 7.
; 1,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

lpb $0
  sub $0,1
  sub $0,2
  mul $0,2
  mov $1,$0
  max $1,1
  mov $0,$1
  sub $0,1
lpe
mov $0,$1
mul $0,-1
add $0,1
