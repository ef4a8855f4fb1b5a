; A290612: Number of maximal independent vertex sets (and minimal vertex covers) in the n-wheel graph.
; Formula: a(n) = b(max(n-4,0))+3, b(n) = c(n-1)+d(n-1), c(n) = d(n-1)+2, d(n) = b(n-1), b(0) = 1, c(0) = 0, d(0) = 0
; 4,3,6,6,8,11,13,18,23,30,40,52,69,91,120,159,210,278,368,487,645,854,1131,1498,1984,2628,3481,4611,6108,8091,10718,14198,18808,24915,33005,43722,57919,76726,101640,134644,178365,236283,313008,414647,549290,727654,963936

#offset 4

sub $0,4
mov $1,1
lpb $0
  sub $0,1
  mov $2,$1
  mov $1,$3
  add $1,$4
  mov $3,$4
  mov $4,$2
  add $3,2
lpe
mov $0,$1
add $0,3
