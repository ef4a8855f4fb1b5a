; A185119: Number of connected 2-regular simple graphs on n vertices with girth at least 9.
; 1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

mov $4,$0
sub $0,6
sub $0,1
add $3,1
lpb $0
  sub $0,2
  add $3,$3
lpe
mov $0,$3
mov $5,$4
equ $5,0
add $0,$5
add $0,-1
mod $0,2
