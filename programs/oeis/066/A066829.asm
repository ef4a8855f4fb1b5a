; A066829: Parity of Omega(n): a(n) = 1 if n is the product of an odd number of primes; 0 if product of even number of primes.
; 0,1,1,0,1,0,1,1,0,0,1,1,1,0,0,0,1,1,1,1,0,0,1,0,0,0,1,1,1,1,1,1,0,0,0,0,1,0,0,0,1,1,1,1,1,0,1,1,0,1,0,1,1,0,0,0,0,0,1,0,1,0,1,0,0,1,1,1,0,1,1,1,1,0,1,1,0,1,1,1

#offset 1

pow $0,2
lpb $0
  add $0,$1
  sub $1,1
  sub $2,$3
  mov $3,$1
  add $0,$1
  gcd $3,$0
  div $3,$1
lpe
mov $0,$2
mod $0,2
