; A367484: Number of integers of the form (x^4 + y^4) mod 3^n; a(n) = A289559(3^n).
; 1,3,7,19,55,165,493,1477,4429,13287,39859,119575,358723,1076169,3228505,9685513,29056537

sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,$0
add $0,4
lpb $0
  sub $2,$1
  add $2,$4
  add $3,-1
  add $2,$3
  sub $0,1
  add $2,$4
  sub $0,1
  add $3,1
  sub $3,$2
  sub $4,$1
  add $2,$1
  sub $1,$1
  add $1,$3
  sub $2,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$4
sub $0,4
div $0,4
add $0,1
sub $0,-1
mul $0,-1
add $0,1
add $0,1
