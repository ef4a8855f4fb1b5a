; A190569: Number of n-step one-sided prudent walks, avoiding single west steps and single east steps.
; 1,1,3,7,13,25,51,103,205,409,819,1639,3277,6553,13107,26215,52429,104857,209715,419431,838861,1677721,3355443,6710887,13421773,26843545,53687091,107374183,214748365,429496729,858993459,1717986919,3435973837

add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,2
add $0,$0
sub $1,4
lpb $0
  sub $0,2
  add $1,$1
  sub $1,4
lpe
mov $0,$1
sub $0,6
div $0,-2
add $0,19
div $0,10
add $0,1
sub $0,1
mul $0,2
sub $0,4
add $0,1
