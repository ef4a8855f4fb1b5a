; A397672: Value of the Colless index for the rooted binary echelon tree with n leaves.
; 0,0,1,0,3,2,2,0,7,6,6,4,6,4,3,0,15,14,14,12,14,12,11,8,14,12,11,8,9,6,4,0,31,30,30,28,30,28,27,24,30,28,27,24,25,22,20,16,30,28,27,24,25,22,20,16,21,18,16,12,12,8,5,0,63,62,62,60,62,60,59,56

#offset 1

sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  mov $0,1
  lpb $1
    sub $2,$0
    sub $1,$0
    mul $0,2
  lpe
  add $2,$1
lpe
mov $0,$2
div $0,-1
