; A037753: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,1,0.
; Formula: a(n) = c(gcd(0,n)), b(n) = b(n-1)+d(n-1)+(d(n-1)+1), c(n) = 6*c(n-1)+1+(b(n-1)+d(n-1)), d(n) = d(n-1)+1-(b(n-1)+d(n-1)+(d(n-1)+1)), b(0) = 0, c(0) = 0, d(0) = 1
; 2,15,91,546,3278,19671,118027,708162,4248974,25493847,152963083,917778498,5506670990,33040025943,198240155659,1189440933954,7136645603726,42819873622359,256919241734155,1541515450404930

#offset 1

gcd $1,$0
mov $0,1
lpb $1
  add $2,$0
  mul $3,6
  add $3,1
  sub $1,1
  add $0,1
  add $3,$2
  add $2,$0
  sub $0,$2
lpe
mov $0,$3
