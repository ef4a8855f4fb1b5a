; A063487: Number of distinct prime divisors of 2^(2^n)-1 (A051179).
; Formula: a(n) = truncate(c(max(n-2,0))/4)+1-(-(n-1)), b(n) = -b(n-1)-(c(n-1)+d(n-1))+(c(n-1)+d(n-1))-e(n-1), c(n) = c(n-1)+d(n-1), d(n) = d(n-1)+(-b(n-1)-(c(n-1)+d(n-1))), e(n) = e(n-1)+(c(n-1)+d(n-1))+4, b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 0,1,2,3,4,5,7,9,11,13,16,20,25

sub $0,1
mov $1,$0
sub $0,1
lpb $0
  mul $2,-1
  sub $0,1
  add $3,$4
  sub $2,$3
  add $4,$2
  add $2,$3
  sub $2,$5
  add $5,$3
  add $5,4
lpe
mov $0,$3
div $0,4
add $0,1
mul $1,-1
sub $0,$1
