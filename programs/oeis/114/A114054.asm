; A114054: Decimal expansion of 998998998998998998998998998/9.
; 1,1,0,9,9,9,8,8,8,7,7,7,6,6,6,5,5,5,4,4,4,3,3,3,2,2,2

#offset 27

sub $0,27
sub $0,2
add $0,1
mov $3,$0
sub $1,1
add $1,$1
sub $3,$1
sub $0,-1
lpb $3
  sub $3,3
  sub $0,1
  mov $1,1
  mul $1,$0
lpe
mov $0,$1
sub $0,-2
div $0,-2
add $0,1
add $0,10
mod $0,10
