; A278313: Number of letters "I" in Roman numeral representation of n.
; 1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0,1,2,3,1,0

#offset 1

sub $0,1
sub $0,1
add $0,1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  lpb $2
    sub $2,1
    add $2,$3
  lpe
lpe
mul $3,$2
mov $0,$3
div $0,-1
add $0,1
