; A359141: First differences of the pancake flipping (or sorting by prefix reversal) sequence A058986.
; 1,2,1,1,2,1,1,1,1,2,1,1,1,1,1,1,1,2

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,4
sub $0,1
sub $0,1
add $0,3
mov $1,$0
lpb $1
  sub $1,1
  add $1,$3
  add $3,$2
  sub $2,$3
  sub $2,-1
  dif $2,-1
lpe
mov $0,$1
dif $0,$1
mul $0,-1
add $0,1
add $0,1
