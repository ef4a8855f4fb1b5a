; A087640: To obtain a(n+1), take the square of the n-th partial sum, minus the sum of the first n squared terms, then divide this difference by a(n); for all n>1, starting with a(0)=1, a(1)=1.
; 1,1,2,5,10,23,48,107,228,501,1078,2353,5086,11067,23972,52087,112936,245225,531946,1154685,2505298,5437407,11798616,25605539,55563980,120581981,261668382,567850345,1232273510,2674156163,5803126348

mov $1,$0
pow $3,$0
mov $0,1
lpb $1
  add $2,$0
  add $0,$3
  mul $2,-1
  sub $3,$2
  sub $1,1
  add $2,$0
lpe
mov $0,$3
