; A137575: Successive structures central number of Seaborg's periodic table of the elements (extended to 32 columns) for odd rows.
; 1,2,8,8,8,8,8,8,8,8,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32

#offset 1

sub $0,1
mov $1,$0
mov $2,$0
div $2,2
mov $0,1
lpb $2
  add $3,$0
  add $0,2
  sub $2,$3
lpe
add $0,$3
mul $0,2
equ $1,0
mul $1,-1
add $0,$1
