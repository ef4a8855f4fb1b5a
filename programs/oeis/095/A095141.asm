; A095141: Triangle, read by rows, formed by reading Pascal's triangle (A007318) mod 6.
; 1,1,1,1,2,1,1,3,3,1,1,4,0,4,1,1,5,4,4,5,1,1,0,3,2,3,0,1,1,1,3,5,5,3,1,1,1,2,4,2,4,2,4,2,1,1,3,0,0,0,0,0,0,3,1,1,4,3,0,0,0,0,0,3,4,1,1,5,1,3,0,0,0,0,3,1,5,1,1,0

add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
bin $1,$0
mov $0,$1
lpb $1
  sub $1,1
  sub $1,5
  mov $0,$1
lpe
mul $0,2
div $0,-2
add $0,4
div $0,-1
add $0,1
sub $0,-2
add $0,1
