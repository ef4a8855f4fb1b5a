; A171856: Number of n-step up-side self-avoiding walks on the lattice strip {-1,0,1} x Z (up-side means that the walks move up and sideways but not down).
; 1,3,5,9,17,33,63,119,225,427,811,1539,2919,5537,10505,19931,37813,71737,136097,258201,489855,929343,1763129,3344971,6346011,12039523,22841135,43333729,82211857,155970643,295904293,561383529,1065045265

sub $0,1
sub $0,1
add $0,-1
sub $0,1
add $0,3
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,$0
add $0,5
lpb $0
  sub $3,1
  sub $3,$2
  sub $3,$1
  add $2,$4
  mul $3,-1
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$3
  sub $3,$2
  add $2,$1
  add $2,$3
  add $1,$3
  add $2,$3
lpe
mov $0,$2
mul $0,2
add $0,1
