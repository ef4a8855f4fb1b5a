; A284248: Every binary string w of length n has a subword of length a(n) that appears at least twice in w.
; 0,0,1,1,1,2,2,2,2,2,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  max $1,$3
  add $3,$3
  sub $3,-2
lpe
sub $0,$1
add $0,1
sub $0,1
