; A018644: Divisors of 783.
; Formula: a(n) = floor(d(gcd(0,n))/2), b(n) = b(n-1)+2+d(n-1)-gcd(lodabin(c(n-1),b(n-1)+2),d(n-1)), c(n) = gcd(lodabin(c(n-1),b(n-1)+2),d(n-1)), d(n) = d(n-1)+gcd(lodabin(c(n-1),b(n-1)+2),d(n-1))+gcd(lodabin(c(n-1),b(n-1)+2),d(n-1)), b(0) = 0, c(0) = -1, d(0) = 0
; 1,3,9,27,29,87,261,783

#offset 1

gcd $1,$0
mov $0,-1
lpb $1
  add $2,2
  bin $0,$2
  gcd $0,$3
  add $2,$3
  sub $1,1
  add $3,$0
  sub $2,$0
  add $3,$0
lpe
mov $0,$3
div $0,2
