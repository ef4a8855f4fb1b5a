; A326244: Number of labeled n-vertex simple graphs without crossing or nesting edges.
; 1,1,2,8,36,160,704,3088,13536,59328,260032,1139712

sub $0,1
add $0,1
add $2,-1
lpb $0
  add $2,$2
  sub $0,1
  add $2,$2
  add $2,$3
  add $1,$2
  sub $2,$1
  add $1,$2
  sub $3,$2
  div $1,-1
  add $1,$2
  sub $2,$1
  add $2,-1
  div $1,-1
lpe
mov $0,$3
div $0,-4
add $0,1
