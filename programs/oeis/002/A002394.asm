; A002394: Weight distribution of [ 7,4,3 ] Hamming code.
; 1,0,0,7,7,0,0,1

add $0,1
sub $0,1
mov $2,3
add $0,3
lpb $0
  sub $0,2
  add $2,$3
  add $2,$3
  add $2,$3
  sub $3,$2
  add $2,$3
  add $2,$3
  add $2,$3
lpe
mov $0,$2
div $0,3
add $0,-7
mod $0,10
add $0,10
mod $0,10
