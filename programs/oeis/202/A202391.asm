; A202391: Indices of the smallest of four consecutive triangular numbers summing up to a square.
; 5,39,237,1391,8117,47319,275805,1607519,9369317,54608391,318281037,1855077839,10812186005,63018038199,367296043197,2140758220991,12477253282757,72722761475559,423859315570605,2470433131948079

#offset 1

sub $0,1
sub $0,1
add $0,3
mov $1,$0
lpb $1
  sub $1,1
  sub $2,$3
  trn $3,$2
  trn $3,$2
  sub $2,$3
  sub $2,4
lpe
mov $0,$2
div $0,-4
sub $0,4
mul $0,2
add $0,5
