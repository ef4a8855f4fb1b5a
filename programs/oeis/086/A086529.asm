; A086529: Beginning with 2, distinct even numbers such that the arithmetic mean of successive pairs of terms gives odd primes in their natural order. {a(n) + a(n+1)}/2 = prime(n+1).
; Formula: a(n) = 2*c(n), b(n) = A151800(b(n-1)), c(n) = -c(n-1)+A151800(b(n-1)), b(0) = 0, c(0) = A036548(0)
; 2,4,6,8,14,12,22,16,30,28,34,40,42,44,50,56,62,60,74,68,78,80,86,92,102,100,106,108,110,116,138,124,150,128,170,132,182,144,190,156,202,160,222,164,230,168,254,192,262,196,270,208,274,228,286,240,298,244

#offset 1

seq $1,36548
lpb $0
  seq $2,151800
  mul $1,-1
  sub $0,1
  add $1,$2
lpe
mov $0,$1
mul $0,2
