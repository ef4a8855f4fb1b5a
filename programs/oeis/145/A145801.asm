; A145801: Number of islands of ones fitting in an n X n array with all ones connected only either two adjacent vertically or two adjacent horizontally.
; 0,1,2,4,6,9,12,16,19,25,29,36

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,-1
sub $0,1
add $3,$0
add $0,2
mov $2,$0
lpb $2
  sub $2,2
  sub $0,1
  add $3,$2
  add $3,$0
  add $0,1
lpe
mov $0,$3
sub $0,3
add $0,4
add $0,3
div $0,3
sub $0,5
add $0,1
sub $0,-3
mul $0,2
add $0,3
sub $0,3
div $0,2
sub $0,-1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
