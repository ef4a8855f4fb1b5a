; A100672: Second least-significant bit in the binary expansion of the n-th prime.
; Formula: a(n) = lodamod(truncate(b(n+1)/2),2), b(n) = A151800(b(n-1)), b(0) = 0
; 1,1,0,1,1,0,0,1,1,0,1,0,0,1,1,0,1,0,1,1,0,1,1,0,0,0,1,1,0,0,1,1,0,1,0,1,0,1,1,0,1,0,1,0,0,1,1,1,1,0,0,1,0,1,0,1,0,1,0,0,1,0,1,1,0,0,1,0,1,0,0,1,1,0,1,1,0,0,0,0

add $0,1
lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
div $0,2
mod $0,2
