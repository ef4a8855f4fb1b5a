; A063236: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 85 ).
; 5,16,28,36,48,60,68,80,92,100,112,124,132,144,156,164,176,188,196,208,220,228,240,252,260,272,284,292,304,316,324,336,348,356,368,380,388,400,412,420,432,444,452,464,476,484,496,508,516,528

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-3
add $0,1
mov $1,$0
mul $0,2
div $0,3
lpb $1
  mov $3,$0
  sub $1,1
  mul $3,6
  add $0,2
lpe
mov $0,$3
div $0,2
add $0,5
sub $0,4
div $0,3
add $0,1
sub $0,1
mul $0,6
add $0,$0
sub $0,13
div $0,3
add $0,2
add $0,2
sub $0,2
add $0,3
sub $0,1
add $0,5
