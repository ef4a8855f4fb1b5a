; A075438: Triangle read by rows giving successive iterations of the Rule 60 elementary cellular automaton starting with a single ON cell where row n is of length 2n+1.
; 1,0,1,1,0,0,1,0,1,0,0,0,1,1,1,1,0,0,0,0,1,0,0,0,1,0,0,0,0,0,1,1,0,0,1,1,0,0,0,0,0,0,1,0,1,0,1,0,1,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0

add $0,$0
mov $2,$0
lpb $2
  add $2,$1
  sub $2,4
  add $1,-4
lpe
mov $0,$1
div $0,-2
bin $0,$2
mov $2,$0
sub $2,1
mov $0,$2
add $0,1
mod $0,2
