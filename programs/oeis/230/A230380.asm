; A230380: The size of an optimal binary code of length n and edit distance 4.
; 1,2,2,4,5,9,13,21

#offset 3

sub $0,3
sub $1,8
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
div $0,-5
mul $0,-8
div $0,-1
mul $0,4
div $0,32
add $0,1
