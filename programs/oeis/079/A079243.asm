; A079243: Number of isomorphism classes of associative non-commutative non-anti-associative anti-commutative closed binary operations on a set of order n.
; 0,0,2,2,3,2,4,2,4

sub $0,1
max $0,0
mul $0,2
sub $0,1
lpb $0
  add $1,1
  sub $0,$1
lpe
lpb $1
  mul $1,$0
  add $0,1
lpe
add $0,1
