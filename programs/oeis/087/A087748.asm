; A087748: Triangle formed by reading triangle of Stirling numbers of the first kind (A048994) mod 2.
; 1,0,1,0,1,1,0,0,1,1,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,1,1,1,0,0,0,0,1,1,1,1,0,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,1,1,0,0,1,1,0,0,0,0,0,0,1,1,0,0,1,1,0,0

add $0,1
add $0,$0
sub $0,1
lpb $0
  sub $0,$1
  mov $3,$1
  sub $0,1
  sub $0,$1
  sub $1,-1
  bin $3,$0
lpe
mov $0,$3
mod $0,2
