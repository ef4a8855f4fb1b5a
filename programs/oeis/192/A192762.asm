; A192762: Coefficient of x in the reduction by x^2->x+1 of the polynomial p(n,x) defined below in Comments.
; 0,1,6,13,26,47,82,139,232,383,628,1025,1668,2709,4394,7121,11534,18675,30230,48927,79180,128131,207336,335493,542856,878377,1421262,2299669,3720962,6020663,9741658,15762355,25504048,41266439,66770524

sub $0,1
add $0,1
add $0,3
sub $1,4
pow $3,$3
sub $0,1
sub $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $2,-1
  sub $1,4
  add $3,$1
  mul $1,-1
  sub $3,$1
  add $3,$1
  sub $1,$2
  sub $3,$1
lpe
mov $0,$1
sub $0,8
div $0,4
