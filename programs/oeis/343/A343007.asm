; A343007: Relative position of the average value between two consecutive partial sums of the Leibniz formula for Pi.
; 6,13,26,41,62,85,114,145,182,221,266,313,366,421,482,545,614,685,762,841,926,1013,1106,1201,1302,1405,1514,1625,1742,1861,1986,2113,2246,2381,2522,2665,2814,2965,3122,3281,3446,3613,3786,3961,4142,4325,4514,4705

#offset 1

sub $0,1
sub $0,1
add $1,3
sub $1,1
add $0,3
lpb $0
  add $2,$3
  sub $0,1
  add $2,$3
  add $2,$1
  sub $3,4
  div $1,-1
lpe
mov $0,$2
sub $0,2
mul $0,4
sub $0,-39
div $0,-8
add $0,6
