; A371596: The number of unilevel points (unique points at their height) on Delannoy paths ending when x = n.
; 1,4,8,20,48,116,280,676,1632,3940,9512,22964,55440,133844,323128,780100,1883328,4546756,10976840,26500436,63977712,154455860,372889432,900234724,2173358880,5246952484,12667263848,30581480180,73830224208,178241928596,430314081400

mov $4,$0
sub $0,1
max $0,0
sub $1,1
sub $0,1
add $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $2,$1
  add $2,$3
  div $1,-2
  sub $3,$1
  add $1,$2
  sub $1,2
lpe
mov $0,$1
sub $0,-1
mul $0,-2
add $0,1
sub $0,3
add $0,2
mov $5,$4
equ $5,0
mul $5,-3
add $0,$5
