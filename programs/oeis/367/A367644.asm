; A367644: Number of maximal independent vertex sets and minimal vertex covers in the n-trapezohedral graph.
; Formula: a(n) = c(n)+1, b(n) = b(n-1)+c(n-1), c(n) = c(n-1)-d(n-1), d(n) = d(n-1)-(b(n-1)+c(n-1))+(c(n-1)-d(n-1)), b(0) = 0, c(0) = 3, d(0) = 1
; 3,3,6,11,18,30,52,91,159,278,487,854,1498,2628,4611,8091,14198,24915,43722,76726,134644,236283,414647,727654,1276943,2240878,3932466,6900996,12110403,21252275,37295142,65448411,114853954,201554638,353703732,620706779

#offset 1

mov $1,$0
mov $0,3
mov $2,1
lpb $1
  add $3,$0
  sub $0,$2
  sub $2,$3
  add $2,$0
  sub $1,1
lpe
add $0,1
