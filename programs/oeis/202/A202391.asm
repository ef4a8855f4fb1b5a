; A202391: Indices of the smallest of four consecutive triangular numbers summing up to a square.
; 5,39,237,1391,8117,47319,275805,1607519,9369317,54608391,318281037,1855077839,10812186005,63018038199,367296043197,2140758220991,12477253282757,72722761475559,423859315570605,2470433131948079

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $1,3
add $2,$1
div $2,$2
lpb $0
  sub $1,$2
  sub $1,$2
  sub $1,$2
  sub $0,1
  sub $2,$1
  sub $1,$2
lpe
mov $0,$2
sub $0,6
mul $0,7
add $0,28
sub $0,-7
div $0,7
add $0,-1
