; A356185: The difference between number of even and number of odd Grassmannian permutations of size n.
; 1,1,0,1,0,3,2,9,8,23,22,53,52,115,114,241,240,495,494,1005,1004,2027,2026,4073,4072,8167,8166,16357,16356,32739,32738,65505,65504,131039,131038,262109,262108,524251,524250,1048537,1048536,2097111,2097110,4194261,4194260

add $0,1
add $2,1
lpb $0
  sub $0,1
  add $2,$2
  add $1,$2
  sub $2,$1
  sub $3,$2
  sub $3,$1
  add $1,$2
  div $1,-1
  add $1,1
lpe
mov $0,$3
sub $0,-4
div $0,-2
add $0,2
sub $0,1
mul $0,-1
add $0,1
