; A185116: Number of connected 2-regular simple graphs on n vertices with girth at least 6.
; 1,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

mov $2,$0
sub $2,3
dif $0,$0
lpb $2
  mov $0,2
  mov $2,$0
lpe
add $0,2
add $0,-1
mod $0,2
