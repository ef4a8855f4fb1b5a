; A037688: Base-4 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0,3.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 4*d(n-1)+(gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)))+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 3, d(0) = 0
; 1,6,24,99,397,1590,6360,25443,101773,407094,1628376,6513507,26054029,104216118,416864472,1667457891,6669831565,26679326262,106717305048,426869220195,1707476880781,6829907523126,27319630092504

#offset 1

mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  gcd $0,$0
  add $0,1
  mul $3,4
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$0
  add $3,$2
lpe
mov $0,$3
