; A095142: Triangle, read by rows, formed by reading Pascal's triangle (A007318) mod 7.
; 1,1,1,1,2,1,1,3,3,1,1,4,6,4,1,1,5,3,3,5,1,1,6,1,6,1,6,1,1,0,0,0,0,0,0,1,1,1,0,0,0,0,0,1,1,1,2,1,0,0,0,0,1,2,1,1,3,3,1,0,0,0,1,3,3,1,1,4,6,4,1,0,0,1,4,6,4,1,1,5

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
lpb $0
  sub $1,7
  mov $0,$1
lpe
mul $0,2
mul $0,2
sub $0,-6
div $0,-2
add $0,4
sub $0,6
add $0,1
sub $0,-6
div $0,-2
add $0,1
