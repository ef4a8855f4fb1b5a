; A130255: Maximal index k of an odd Fibonacci number (A001519) such that A001519(k) = Fibonacci(2k-1) <= n (the 'lower' odd Fibonacci Inverse).
; 1,2,2,2,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,3
add $0,$0
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $5,1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$5
div $0,-2
add $0,1
equ $7,0
mul $7,-2
add $0,$7
add $0,1
add $0,1
