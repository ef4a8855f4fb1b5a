; A000217: Triangular numbers: a(n) = binomial(n+1,2) = n*(n+1)/2 = 0 + 1 + 2 + ... + n.
; 0,1,3,6,10,15,21,28,36,45,55,66,78,91,105,120,136,153,171,190,210,231,253,276,300,325,351,378,406,435,465,496,528,561,595,630,666,703,741,780,820,861,903,946,990,1035,1081,1128,1176,1225,1275,1326,1378,1431,1485,1540,1596,1653,1711,1770,1830,1891,1953,2016,2080,2145,2211,2278,2346,2415,2485,2556,2628,2701,2775,2850,2926,3003,3081,3160

; a region loop over ($1,$2): the pair decreases lexicographically each pass
mov $1,$0
mov $2,$0
lpb $1,2
  mov $4,$2
  min $4,1 ; 1 while the inner counter is positive
  add $3,$4
  sub $2,$4
  mov $5,1
  sub $5,$4 ; 1 when the inner counter is exhausted
  sub $1,$5
  mul $5,$1
  add $2,$5 ; restart the inner counter at the new outer value
lpe
mov $0,$3
