; A109634: Number of 1's that appear among all ternary strings of length n that contain no consecutive 1's.
; 0,1,4,16,56,188,608,1920,5952,18192,54976,164608,489088,1443776,4238336,12382208,36022272,104407296,301618176,868765696,2495715328,7152286720,20452548608,58369409024,166276481024,472876388352

mov $3,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
sub $0,1
add $0,3
add $0,1
lpb $0
  sub $0,1
  mul $2,2
  add $2,$1
  add $1,$0
  div $1,-1
  add $1,$2
lpe
mov $0,$1
sub $0,-4
div $0,-4
add $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
