; A337495: Maximum number of preimages that a permutation of length n can have under the consecutive-123-avoiding stack-sorting map.
; Formula: a(n) = sqrtnint(sqrtint(b(n)),4), b(n) = b(n-1)*c(n-1), c(n) = A151800(c(n-1)), b(0) = A132419(0), c(0) = 7
; 1,1,1,2,3,4,7,11,16,26,42

seq $1,132419
mov $2,7
lpb $0
  mul $1,$2
  seq $2,151800
  sub $0,1
lpe
nrt $1,2
nrt $1,4
mov $0,$1
