; A105686: Number of inequivalent codes attaining highest minimal Hamming distance of any Type 4^H Hermitian linear self-dual code over GF(4) of length 2n.
; Formula: a(n) = lodamod(sum(k=0,max(n-1,0)-1,truncate((lodapow(n-1-k-1,n-1-k-1)+5)/20))+1,10)
; 1,1,1,1,2,5,1,4,1,2

#offset 1

sub $0,1
lpb $0
  sub $0,1
  mov $1,$0
  pow $1,$1
  add $1,5
  div $1,20
  add $2,$1
lpe
mov $0,$2
add $0,1
mod $0,10
