; A261664: Number of equivalence classes of permutations avoiding the pattern {231}.
; 1,1,2,4,9,21,50,121,296,729

sub $0,1
lpb $0
  add $1,$2
  add $1,3
  add $2,$3
  sub $0,1
  add $3,$1
  add $1,$4
  sub $4,$2
  add $1,$2
lpe
mov $0,$1
div $0,3
add $0,1
