; A345021: a(n) is the result of replacing 2's by 0's in the hereditary base-2 expansion of n.
; 0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2

add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,$0
add $0,1
add $0,3
lpb $0
  sub $2,$4
  add $2,$3
  add $2,2
  sub $0,1
  sub $0,1
  sub $4,$1
  add $2,1
  sub $3,$2
  sub $3,$1
  trn $2,3
  add $2,$3
  add $1,$3
lpe
mov $0,$1
sub $0,-3
div $0,3
