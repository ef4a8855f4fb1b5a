; A101432: Each term is the number of letters in the Spanish name of the previous term.
; 1,3,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6

add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,$0
sub $1,6
add $2,$1
lpb $0
  sub $0,1
  add $2,$1
  mov $1,$2
  sub $1,2
lpe
mov $0,$2
div $0,-2
add $0,5
div $0,4
sub $0,3
add $0,1
add $0,1
mod $0,10
