; A282563: One third of the number of edges in the metrically regular triangulation of the n-th approximation of the Koch snowflake fractal.
; 1,8,68,596,5300,47444,425972,3829652,34450484,309988820,2789637236,25105686548,225946984628,2033506084436,18301487651060,164713120424084,1482417010074932,13341748795707092,120075721981494644,1080681429113975060

#offset 1

sub $0,1
mov $2,3
sub $1,$2
add $0,1
lpb $0
  add $2,$3
  add $2,$3
  sub $0,1
  add $2,$3
  sub $1,$3
  mov $3,$2
  mov $2,$1
  add $2,$3
  add $1,$2
  add $1,$1
  add $3,$3
  add $2,$3
lpe
mov $0,$3
sub $0,6
div $0,6
add $0,1
