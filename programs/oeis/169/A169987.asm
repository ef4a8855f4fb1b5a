; A169987: Expansion of Product_{i=0..m-1} (1 + x^(2*i+1)) for m=4.
; 1,1,0,1,1,1,1,1,2,1,1,1,1,1,0,1,1

sub $0,1
add $0,6
sub $0,1
add $0,1
sub $0,1
add $0,$0
add $0,1
add $0,3
lpb $0
  sub $2,$4
  add $2,2
  add $2,$1
  sub $0,2
  sub $0,1
  sub $4,$1
  add $2,1
  sub $3,$2
  sub $3,$1
  sub $3,$1
  sub $4,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$1
div $0,-3
add $0,1
