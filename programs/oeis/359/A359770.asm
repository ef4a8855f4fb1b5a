; A359770: a(n) = 1 if n and bigomega(n) are of different parity, otherwise 0. Here bigomega (A001222) gives the number of prime factors of n with multiplicity.
; 1,1,0,0,0,0,0,1,1,0,0,1,0,0,1,0,0,1,0,1,1,0,0,0,1,0,0,1,0,1,0,1,1,0,1,0,0,0,1,0,0,1,0,1,0,0,0,1,1,1,1,1,0,0,1,0,1,0,0,0,0,0,0,0,1,1,0,1,1,1,0,1,0,0,0,1,1,1,0,1

#offset 1

pow $0,2
lpb $0
  add $0,$1
  sub $1,1
  sub $2,$0
  sub $3,$2
  mov $2,$1
  add $0,$1
  gcd $2,$0
  div $2,$1
lpe
mov $0,$3
mod $0,2
