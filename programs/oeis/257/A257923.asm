; A257923: Number of prime factors of the n-th Giuga number A007850(n).
; 3,4,4,5,6,6,7,7,7,8,8,8

#offset 1

sub $0,1
mov $2,$0
sub $0,1
add $0,2
sub $0,3
lpb $0
  sub $0,1
  trn $0,$1
  sub $1,-1
lpe
mov $0,$1
add $0,4
mov $3,$2
equ $3,0
mul $3,-1
add $0,$3
