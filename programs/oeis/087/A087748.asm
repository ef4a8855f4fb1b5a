; A087748: Triangle formed by reading triangle of Stirling numbers of the first kind (A048994) mod 2.
; 1,0,1,0,1,1,0,0,1,1,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,1,1,1,0,0,0,0,1,1,1,1,0,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,1,1,0,0,1,1,0,0,0,0,0,0,1,1,0,0,1,1,0,0

add $0,$0
mov $2,$0
lpb $2
  sub $2,3
  add $2,$1
  add $1,-2
lpe
mov $0,$1
div $0,-2
bin $0,$2
mod $0,2
