; A386683: Number of unique n-element sum-distinct sets with minimal largest element.
; 1,1,1,2,1,2,1,1,3,1

add $0,1
sub $0,1
add $0,1
sub $0,1
mul $0,4
lpb $0
  sub $0,3
  sub $0,$1
  sub $0,$1
  sub $1,-1
lpe
trn $0,$1
add $0,4
sub $0,6
add $0,2
div $0,2
add $0,1
