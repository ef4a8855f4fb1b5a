; A367644: Number of maximal independent vertex sets and minimal vertex covers in the n-trapezohedral graph.
; 3,3,6,11,18,30,52,91,159,278,487,854,1498,2628,4611,8091,14198,24915,43722,76726,134644,236283,414647,727654,1276943,2240878,3932466,6900996,12110403,21252275,37295142,65448411,114853954,201554638,353703732,620706779

#offset 1

sub $0,1
add $0,1
add $2,-1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $2,$1
  sub $3,$2
  add $2,1
  lpb $2
    sub $2,1
    sub $3,$1
  lpe
  add $1,$3
  add $2,$3
lpe
mov $0,$1
sub $0,2
add $0,3
