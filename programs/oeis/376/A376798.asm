; A376798: Least number of inequivalent cells in a polycube with n cells.
; 1,1,2,1,2,1,2,1,3,2,3,2,3

#offset 1

sub $0,1
mov $1,$0
lpb $0
  sub $0,2
lpe
nrt $1,3
sub $1,$0
mov $0,$1
div $0,-1
div $0,-1
add $0,1
