; A351911: a(n) is the least integer m such that every m-element subset of {1,2,3,...,n} contains two nonempty and disjoint subsets whose sums are equal.
; 3,4,4,4,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7

#offset 3

sub $0,3
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,3
add $0,$0
lpb $0
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $5,1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$5
div $0,-2
add $0,1
equ $7,0
mul $7,-2
add $0,$7
add $0,1
add $0,3
