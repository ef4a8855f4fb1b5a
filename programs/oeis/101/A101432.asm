; A101432: Each term is the number of letters in the Spanish name of the previous term.
; 1,3,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6

add $0,1
add $0,1
sub $0,2
sub $2,5
mul $0,2
sub $0,2
add $0,1
mov $1,$0
lpb $1
  sub $1,1
  mov $3,1
  sub $2,4
  trn $3,$2
  sub $2,$3
lpe
mov $0,$3
div $0,2
div $0,2
add $0,1
mod $0,10
