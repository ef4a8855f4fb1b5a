; A131821: Triangle read by rows: row n consists of n followed by (n-2) ones then n.
; 1,2,2,3,1,3,4,1,1,4,5,1,1,1,5,6,1,1,1,1,6,7,1,1,1,1,1,7,8,1,1,1,1,1,1,8,9,1,1,1,1,1,1,1,9,10,1,1,1,1,1,1,1,1,10,11,1,1,1,1,1,1,1,1,1,11,12,1,1,1,1,1,1,1,1,1,1,12,13,1

#offset 1

sub $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $2,$1
  add $1,-1
lpe
mov $0,$1
div $0,-1
add $0,1
sub $0,$2
lpb $2
  mov $2,$0
  sub $2,1
  lpb $2
    sub $2,1
    mov $1,$2
  lpe
lpe
mov $0,$1
div $0,-1
add $0,1
