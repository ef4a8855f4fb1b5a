; A092253: Nearest neighbor transform with respect to Cayley metric on Sym_n is one-to-one just for these values.
; 1,3,4,5,6,8,10,12

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,2
sub $0,1
mov $2,$0
lpb $2
  add $0,$0
  lpb $2
    sub $2,1
  lpe
lpe
mul $0,2
sub $0,-2
div $0,2
add $0,3
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
sub $0,-1
add $0,1
