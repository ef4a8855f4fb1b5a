; A172100: Diagonal of the 26 X 26 Caesar Shift table.
; 3,5,7,9,11,13,15,17,19,21,23,25,1,3,5,7,9,11,13,15,17,19,21,23,25,1

#offset 1

sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
lpb $3
  sub $3,5
  sub $3,8
lpe
mov $0,$3
mul $0,2
add $0,1
