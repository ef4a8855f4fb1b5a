; A087640: To obtain a(n+1), take the square of the n-th partial sum, minus the sum of the first n squared terms, then divide this difference by a(n); for all n>1, starting with a(0)=1, a(1)=1.
; 1,1,2,5,10,23,48,107,228,501,1078,2353,5086,11067,23972,52087,112936,245225,531946,1154685,2505298,5437407,11798616,25605539,55563980,120581981,261668382,567850345,1232273510,2674156163,5803126348

sub $0,1
max $0,0
add $0,1
gcd $1,1
mov $2,2
lpb $0
  add $2,$3
  sub $0,1
  add $2,$3
  add $3,$1
  sub $3,-1
  div $1,-1
  add $1,$2
lpe
mov $0,$3
sub $0,2
div $0,2
add $0,1
