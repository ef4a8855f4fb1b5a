; A058344: Difference between the sum of the odd aliquot divisors of n and the sum of the even aliquot divisors of n.
; 0,1,1,-1,1,2,1,-5,4,4,1,-8,1,6,9,-13,1,5,1,-10,11,10,1,-28,6,12,13,-12,1,6,1,-29,15,16,13,-29,1,18,17,-38,1,10,1,-16,33,22,1,-68,8,19,21,-18,1,14,17,-48,23,28,1,-60,1,30,41,-61,19,18,1,-22,27,22,1,-97,1,36,49,-24,19,22,1,-94

#offset 1

lpb $0
  sub $0,$1
  sub $1,1
  sub $2,$3
  add $0,$1
  mov $3,$1
  gcd $3,$0
  div $3,$1
  bin $3,$1
  mul $3,$1
lpe
mov $0,$2
