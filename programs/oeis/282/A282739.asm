; A282739: Ramsey number R(K_3, K_n - edge).
; 5,7,11,17,21,25,31,37

#offset 3

sub $0,3
sub $0,1
sub $2,1
add $0,1
add $0,$0
sub $3,$2
lpb $0
  sub $3,1
  sub $1,1
  add $2,$1
  gcd $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  lpb $2
    sub $2,1
  lpe
  sub $3,$2
  add $1,$3
lpe
mov $0,$1
mul $0,-2
add $0,5
