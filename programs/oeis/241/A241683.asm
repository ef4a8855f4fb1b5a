; A241683: Total number of 2 X 2 squares appearing in the Thue-Morse sequence logical matrices after n stages.
; 0,0,0,2,12,50,220,882,3612,14450,58140,232562,931612,3726450,14911260,59645042,238602012,954408050,3817719580,15270878322,61083862812,244335451250,977343203100,3909372812402

mov $1,$0
bin $0,$3
lpb $1
  sub $1,1
  mov $3,$0
  mul $3,6
  add $0,$0
lpe
mov $0,$3
div $0,3
add $0,4
sub $0,4
div $0,3
mul $0,$0
div $0,2
sub $0,3
add $0,1
sub $0,-2
