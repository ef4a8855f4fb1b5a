; A243322: Number of simple connected graphs with n nodes that are distance regular and Eulerian.
; 1,0,1,1,2,2,2,3,4,4

#offset 1

sub $0,1
mov $5,$0
sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $0,1
  mov $3,$0
  sub $0,1
  lpb $3
    sub $3,3
  lpe
  mov $4,$3
  add $0,$4
lpe
sub $0,-1
add $0,2
sub $0,3
div $0,2
mov $6,$5
equ $6,0
add $0,$6
