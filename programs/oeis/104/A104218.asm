; A104218: Sum of opposite numbers on a clock, starting at 12.
; 18,8,10,12,14,16,18,8,10,12,14,16,18

add $0,5
add $1,5
lpb $0
  sub $0,1
  sub $0,$1
lpe
mul $0,2
add $0,8
