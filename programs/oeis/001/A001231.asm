; A001231: Number of nonisomorphic projective planes of order n.
; 1,1,1,1,0,1,1,4,0

#offset 2

sub $0,2
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
lpb $0
  sub $2,1
  lpb $2
    div $0,2
    sub $2,1
    add $3,$0
    sub $1,$3
    sub $1,$3
    add $3,-1
    add $3,$1
    lpb $0
      sub $0,1
    lpe
  lpe
  mov $0,$1
  div $0,-1
  div $0,2
  add $0,1
lpe
mov $0,$1
div $0,-2
add $0,1
