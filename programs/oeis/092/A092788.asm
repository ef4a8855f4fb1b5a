; A092788: USUP perfect numbers.
; 1,1,1,1,1,2,2,1,2,1,2,2,2,2,2,2

#offset 1

sub $0,2
lpb $0
  sub $0,$1
  add $1,1
  sub $0,$1
lpe
trn $0,1
gcd $0,-2
add $0,$1
div $0,2
