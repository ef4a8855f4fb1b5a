; A204512: Square roots of [A055872/8]: Their square written in base 8, with some digit appended, is again a square.
; 0,0,0,1,2,6,12,35,70,204,408,1189,2378,6930,13860,40391,80782,235416,470832,1372105,2744210,7997214,15994428,46611179,93222358,271669860,543339720,1583407981,3166815962,9228778026,18457556052,53789260175,107578520350

#offset 1

sub $0,1
sub $0,1
add $2,1
add $0,1
sub $0,1
add $0,$0
lpb $0
  sub $3,2
  add $2,$4
  add $1,$3
  add $2,1
  sub $4,$1
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $4,2
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,1
  add $2,$1
  add $1,$3
lpe
mov $0,$2
div $0,2
