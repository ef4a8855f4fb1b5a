; A216114: The Wiener index of a link of n fullerenes C_{20} (see the Ghorbani and Hosseinzadeh reference).
; 500,3400,9900,21200,38500,63000,95900,138400,191700,257000,335500,428400,536900,662200,805500,968000,1150900,1355400,1582700,1834000,2110500,2413400,2743900,3103200,3492500,3913000,4365900,4852400,5373700,5931000

#offset 1

sub $0,1
sub $0,-1
sub $0,-1
add $0,1
add $0,$0
lpb $0
  sub $3,$2
  sub $0,1
  add $1,$3
  sub $1,-1
  sub $2,6
  add $1,$2
  add $1,$2
lpe
mov $0,$1
sub $0,-6
add $0,1
sub $0,6
mul $0,3
sub $0,-105
div $0,12
mul $0,100
add $0,500
