; A281387: Pairs (x, y) of relatively prime positive integers such that (x^2 - 5)/y and (y^2 - 5)/x are both positive integers.
; 4,11,11,29,29,76,76,199,199,521,521,1364,1364,3571,3571,9349,9349,24476,24476,64079,64079,167761,167761,439204,439204,1149851,1149851,3010349,3010349,7881196,7881196,20633239,20633239,54018521,54018521,141422324

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
mul $0,3
mov $1,$0
lpb $1
  sub $1,5
  sub $1,1
  sub $2,$3
  add $3,3
  sub $2,4
  trn $3,$2
lpe
mov $0,$3
add $0,4
