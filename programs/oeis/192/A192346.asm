; A192346: Constant term of the reduction (by x^2->x+1) of polynomial p(n,x) identified in Comments.
; 1,0,3,4,25,68,275,904,3297,11400,40499,141900,500697,1760396,6200675,21820432,76823425,270407696,951914403,3350807700,11795463001,41521535700,146162319603,514512119704,1811159622625,6375545788568,22442862753875

#offset 1

sub $0,1
mov $5,$0
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,$0
add $0,4
sub $2,2
mov $3,-1
lpb $0
  sub $2,$1
  add $2,$4
  add $3,1
  sub $0,1
  add $2,$3
  sub $0,1
  sub $4,$1
  add $2,-1
  sub $3,$2
  sub $3,$1
  sub $4,$1
  sub $2,$1
  add $1,$3
  add $2,$3
  add $1,$3
lpe
mov $0,$1
div $0,2
mov $6,$5
equ $6,0
add $0,$6
