; A309779: Squares that can be expressed as the sum of two positive squares but not as the sum of three positive squares.
; 25,100,400,1600,6400,25600,102400,409600,1638400,6553600,26214400,104857600,419430400,1677721600,6710886400,26843545600,107374182400,429496729600,1717986918400,6871947673600,27487790694400,109951162777600,439804651110400,1759218604441600

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
add $3,2
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
mul $0,$0
div $0,4
mul $0,-1
mul $0,5
add $0,-5
div $0,-2
add $0,6
sub $0,7
div $0,2
sub $0,1
mul $0,-2
add $0,3
sub $0,5
div $0,-2
mul $0,5
