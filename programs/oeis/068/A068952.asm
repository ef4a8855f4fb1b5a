; A068952: Squares in A068949.
; 1,4,9,16,36,49,64,81,100,121,144,196

#offset 1

sub $0,1
sub $0,1
sub $0,-1
sub $0,1
add $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,3
  add $1,$3
  add $1,$3
  add $0,1
  sub $3,2
lpe
add $0,1
add $0,1
pow $0,2
mul $0,2
add $0,3
sub $0,5
div $0,2
add $0,1
