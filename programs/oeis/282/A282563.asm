; A282563: One third of the number of edges in the metrically regular triangulation of the n-th approximation of the Koch snowflake fractal.
; 1,8,68,596,5300,47444,425972,3829652,34450484,309988820,2789637236,25105686548,225946984628,2033506084436,18301487651060,164713120424084,1482417010074932,13341748795707092,120075721981494644,1080681429113975060

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $3,6
mov $1,$0
add $1,$1
lpb $1
  sub $1,1
  add $2,$2
  sub $2,$3
  dif $2,-1
  mov $0,$2
  mul $3,3
lpe
sub $0,-6
mul $0,-1
add $0,$3
sub $0,-18
div $0,-6
add $0,3
sub $0,3
mul $0,5
add $0,5
div $0,5
add $0,1
