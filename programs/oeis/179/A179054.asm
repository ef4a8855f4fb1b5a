; A179054: a(n) = (1^k + 2^k + ... + n^k) modulo (n+2), where k is any odd integer greater than or equal to 3.
; 1,1,1,4,1,1,1,6,1,1,1,8,1,1,1,10,1,1,1,12,1,1,1,14,1,1,1,16,1,1,1,18,1,1,1,20,1,1,1,22,1,1,1,24,1,1,1,26,1,1,1,28,1,1,1,30,1,1,1,32,1,1,1,34,1,1,1,36,1,1,1,38,1,1,1,40,1,1,1,42

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
lpb $0
  lpb $2
    bin $3,-1
    sub $2,1
    add $3,$0
    sub $1,$3
    add $3,-1
    add $3,$1
    lpb $0
      sub $0,4
    lpe
  lpe
  mov $0,$1
  div $0,-1
  div $0,2
  add $0,1
lpe
mov $0,$3
div $0,-2
add $0,1
