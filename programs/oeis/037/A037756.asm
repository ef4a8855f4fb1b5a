; A037756: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,1,0.
; Formula: a(n) = c(gcd(0,n)), b(n) = b(n-1)+d(n-1)+(d(n-1)+1), c(n) = 9*c(n-1)+1+(b(n-1)+d(n-1)), d(n) = d(n-1)+1-(b(n-1)+d(n-1)+(d(n-1)+1)), b(0) = 0, c(0) = 0, d(0) = 1
; 2,21,190,1710,15392,138531,1246780,11221020,100989182,908902641,8180123770,73621113930,662590025372,5963310228351,53669792055160,483028128496440,4347253156467962

#offset 1

gcd $1,$0
mov $0,1
lpb $1
  add $2,$0
  mul $3,9
  add $3,1
  sub $1,1
  add $0,1
  add $3,$2
  add $2,$0
  sub $0,$2
lpe
mov $0,$3
