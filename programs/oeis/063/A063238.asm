; A063238: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 87 ).
; 5,14,24,32,42,52,60,70,80,88,98,108,116,126,136,144,154,164,172,182,192,200,210,220,228,238,248,256,266,276,284,294,304,312,322,332,340,350,360,368,378,388,396,406,416,424,434,444,452,462

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
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
  add $0,4
lpe
mov $0,$3
div $0,2
add $0,5
sub $0,4
div $0,3
add $0,1
mul $0,6
add $0,$0
sub $0,13
div $0,6
add $0,2
add $0,2
sub $0,2
add $0,3
