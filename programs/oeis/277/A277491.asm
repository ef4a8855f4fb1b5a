; A277491: Number of triangles in the standard triangulation of the n-th approximation of the Koch snowflake fractal.
; 1,12,120,1128,10344,93864,847848,7642920,68835432,619715496,5578225896,50207178792,451877192040,4066945060008,36602706866664,329425167106344,2964829725182568,26683480411545000,240151375243512552,2161362583350043176,19452264074784109416

sub $0,1
sub $0,-1
sub $0,1
add $0,1
mov $2,-1
sub $3,1
lpb $0
  add $2,$3
  add $2,$3
  add $2,$3
  add $2,$3
  sub $0,1
  add $2,$3
  mov $3,$2
  add $1,$3
  mov $2,$1
  add $1,$2
  add $1,$2
  add $1,$1
  add $2,$3
lpe
mov $0,$2
sub $0,-1
div $0,-1
add $0,1
