; A380301: Semiperimeter of the unique primitive Pythagorean triple whose inradius is the n-th odd prime and whose short leg is an even number.
; Formula: a(n) = b(n+2)+2+b(n+2)*(b(n+2)+2), b(n) = A151800(b(n-1)), b(0) = 0
; 20,42,72,156,210,342,420,600,930,1056,1482,1806,1980,2352,2970,3660,3906,4692,5256,5550,6480,7140,8190,9702,10506,10920,11772,12210,13110,16512,17556,19182,19740,22650,23256,25122,27060,28392,30450,32580,33306,37056,37830,39402

add $0,2
lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
add $0,2
mul $1,$0
add $0,$1
