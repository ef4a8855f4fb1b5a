; A336867: Numbers k such that k! does not have distinct prime multiplicities.
; 3,5,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71

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
  mov $0,$2
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
sub $0,1
add $0,3
