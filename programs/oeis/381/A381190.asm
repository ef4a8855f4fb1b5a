; A381190: Number of connected minimal dominating sets in the n-trapezohedral graph.
; 6,16,30,36,70,96,144,220,308,456,650

#offset 3

sub $0,1
mov $1,$0
add $0,1
lpb $1
  add $2,$0
  sub $0,$3
  sub $3,$2
  add $3,$0
  add $3,$0
  add $2,$3
  sub $1,1
lpe
mov $0,$2
mul $0,2
