; A284743: Positive numbers that are not the sum of (any number of) distinct perfect powers (A001597).
; 2,3,6,7,11,15,19,23

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,$0
add $0,4
lpb $0
  add $2,$4
  add $3,-1
  add $2,$3
  sub $0,1
  add $2,$4
  min $2,2
  sub $0,1
  add $2,1
  sub $3,$2
  sub $4,$1
  add $2,$1
  sub $1,$1
  add $1,$3
  sub $2,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$1
div $0,-2
add $0,2
