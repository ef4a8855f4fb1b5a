; A094863: Maximal number of longest common subsequences between any two strings of length n (Version 2).
; 1,2,3,4,7,10,19,28

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,2
mov $1,$0
lpb $1
  sub $1,1
  sub $2,$3
  mul $3,$2
  trn $3,$2
  sub $2,$3
  sub $2,4
  sub $2,4
lpe
mov $0,$2
div $0,-8
mul $0,8
sub $0,2
add $0,16
div $0,16
add $0,1
