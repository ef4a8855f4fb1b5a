; A127775: Triangle read by rows: row n consists of n-1 zeros followed by 2n-1.
; 1,0,3,0,0,5,0,0,0,7,0,0,0,0,9,0,0,0,0,0,11,0,0,0,0,0,0,13,0,0,0,0,0,0,0,15,0,0,0,0,0,0,0,0,17,0,0,0,0,0,0,0,0,0,19,0,0,0,0,0,0,0,0,0,0,21,0,0,0,0,0,0,0,0,0,0,0,23,0,0

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-1
add $0,3
add $0,$0
add $0,1
lpb $0
  add $2,$1
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
sub $3,$2
mov $0,$3
sub $0,-2
div $0,-2
add $0,1
