; A118358: Records in A086793.
; 5,9,11,12,13,15,16,17,18,19,20,21,22

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-2
div $0,-1
sub $1,1
add $0,1
sub $0,1
mov $3,$0
sub $1,-1
add $0,1
sub $0,-1
add $0,1
mov $2,$0
lpb $2
  add $1,$0
  sub $2,-2
  div $2,2
  sub $0,$2
lpe
gcd $0,$1
mov $4,$3
mul $4,3
add $0,$4
sub $0,-1
sub $0,4
add $0,1
add $0,1
div $0,-1
add $0,2
sub $0,7
div $0,-2
add $0,3
sub $0,4
sub $0,3
div $0,-1
add $0,3
sub $0,-1
add $0,5
