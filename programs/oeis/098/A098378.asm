; A098378: Number of characters needed to write number n in the traditional Ethiopic (Geez) number system.
; 1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1,2,2,2,2,2,2,2,2,2,1

#offset 1

sub $0,1
sub $0,1
mov $2,$0
sub $3,8
add $2,$3
equ $3,$3
mod $2,10
lpb $2
  sub $2,1
  mov $1,$3
lpe
mov $0,$1
mul $0,9
div $0,9
add $0,1
