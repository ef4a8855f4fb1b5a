; A326244: Number of labeled n-vertex simple graphs without crossing or nesting edges.
; 1,1,2,8,36,160,704,3088,13536,59328,260032,1139712

sub $0,1
gcd $1,-1
add $1,10
add $3,$1
lpb $0
  sub $0,1
  mul $2,4
  add $2,$3
  add $3,$1
  add $1,$2
lpe
mov $0,$1
sub $0,11
div $0,11
add $0,1
