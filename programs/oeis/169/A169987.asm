; A169987: Expansion of Product_{i=0..m-1} (1 + x^(2*i+1)) for m=4.
; 1,1,0,1,1,1,1,1,2,1,1,1,1,1,0,1,1

add $0,7
mov $1,1
mov $2,$0
mod $0,2
lpb $2
  add $0,$1
  sub $2,2
  sub $1,$0
lpe
div $0,2
add $0,1
