; A170956: Expansion of Product_{i=1..m} (1 + x^(4*i-1)) for m = 3.
; 1,0,0,1,0,0,0,1,0,0,1,1,0,0,1,0,0,0,1,0,0,1

add $0,1
sub $0,1
add $0,1
add $0,1
mov $2,8
add $3,3
sub $2,$3
mul $0,$2
div $0,6
lpb $0
  sub $0,1
  mul $0,10
  div $0,10
  sub $0,3
  add $0,1
lpe
mod $0,2
