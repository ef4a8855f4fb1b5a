; A075550: Irredundance number for kings graph K(n).
; 1,1,1,3,4,4,8,9,9

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $2,-1
lpb $0
  add $2,$3
  add $2,2
  sub $0,1
  add $2,$0
  add $2,$3
  sub $2,$1
  sub $3,$2
  add $1,$3
lpe
mov $0,$2
sub $0,-1
add $0,1
mod $0,10
