; A237587: Triangle read by rows in which row n lists the first n odd squares in decreasing order.
; 1,9,1,25,9,1,49,25,9,1,81,49,25,9,1,121,81,49,25,9,1,169,121,81,49,25,9,1,225,169,121,81,49,25,9,1,289,225,169,121,81,49,25,9,1,361,289,225,169,121,81,49,25,9,1,441,361,289,225,169,121,81,49,25,9,1

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-2
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  sub $2,1
lpe
add $0,$2
sub $0,1
add $0,$0
sub $0,-1
mul $0,$0
mul $0,6
div $0,24
mul $0,4
add $0,1
