; A037771: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,0,2,1.
; Formula: a(n) = truncate(b(max(n-1,0))/-1)+3, b(n) = 10*(b(n-1)-3)+(c(n-1)+d(n-1)), c(n) = c(n-1)+d(n-1), d(n) = gcd(d(n-1),d(n-1))+1-(c(n-1)+d(n-1))-(c(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 3
; 3,30,302,3021,30213,302130,3021302,30213021,302130213,3021302130,30213021302,302130213021,3021302130213,30213021302130,302130213021302,3021302130213021

#offset 1

sub $0,1
mov $1,$0
mov $0,3
lpb $1
  sub $2,3
  add $3,$0
  gcd $0,$0
  add $0,1
  mul $2,10
  sub $0,$3
  sub $0,$3
  sub $1,1
  add $2,$3
lpe
mov $0,$2
div $0,-1
add $0,3
