; A281387: Pairs (x, y) of relatively prime positive integers such that (x^2 - 5)/y and (y^2 - 5)/x are both positive integers.
; 4,11,11,29,29,76,76,199,199,521,521,1364,1364,3571,3571,9349,9349,24476,24476,64079,64079,167761,167761,439204,439204,1149851,1149851,3010349,3010349,7881196,7881196,20633239,20633239,54018521,54018521,141422324

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,5
lpb $0
  sub $2,$1
  add $3,1
  add $2,$3
  sub $0,1
  sub $0,1
  add $2,1
  sub $3,$2
  sub $1,$1
  add $1,$3
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$2
sub $0,5
add $0,4
