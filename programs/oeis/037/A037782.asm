; A037782: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,2,0.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 7*d(n-1)+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 3, d(0) = 0
; 3,22,156,1092,7647,53530,374712,2622984,18360891,128526238,899683668,6297785676,44084499735,308591498146,2160140487024,15120983409168,105846883864179,740928187049254,5186497309344780

#offset 1

mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  gcd $0,$0
  add $0,1
  mul $3,7
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$2
lpe
mov $0,$3
