; A182531: Extremal graph numbers for a triangle with an edge off it.
; 0,1,3,4,6,9,12,16,20,25,30,36,42,49,56,64,72,81,90,100,110,121,132,144,156,169,182,196,210,225,240,256,272

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,-3
sub $0,1
add $0,1
mov $1,$0
add $3,$0
mul $1,$0
add $1,2
mov $0,1
lpb $1
  sub $1,1
  add $1,-1
  add $3,$0
lpe
mov $0,$3
sub $0,10
div $0,2
add $0,5
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
