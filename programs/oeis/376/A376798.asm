; A376798: Least number of inequivalent cells in a polycube with n cells.
; 1,1,2,1,2,1,2,1,3,2,3,2,3

#offset 1

sub $0,1
mov $1,$0
gcd $1,2
nrt $0,3
lpb $1
  sub $1,1
  add $0,1
lpe
sub $0,2
add $0,1
