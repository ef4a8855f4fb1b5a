; A050720: Number of nonzero palindromes of length n containing the digit '0'.
; 0,0,9,9,171,171,2439,2439,30951,30951,368559,368559,4217031,4217031,46953279,46953279,512579511,512579511,5513215599,5513215599,58618940391,58618940391,617570463519,617570463519,6458134171671

#offset 1

sub $0,1
add $0,1
add $0,1
add $0,-3
sub $0,3
add $0,1
add $0,3
sub $3,3
mov $1,$0
lpb $1
  mul $3,3
  mul $2,10
  sub $2,$3
  sub $1,2
  mul $3,3
lpe
mov $0,$2
div $0,9
mul $0,2
div $0,2
add $0,-3
add $0,1
sub $0,-2
mul $0,9
