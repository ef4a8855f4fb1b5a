; A185437: The least number of colors required to color an n-bead necklace so that each bead can be identified.
; 1,2,3,3,3,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
mov $3,$0
sub $0,1
max $0,0
mov $2,$0
dif $0,$0
lpb $2
  sub $2,4
  mov $0,0
lpe
add $0,3
sub $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
