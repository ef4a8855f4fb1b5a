; A037723: Base 4 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,3,1.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))-1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 4*d(n-1)+1+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 1, d(0) = 0
; 2,8,35,141,566,2264,9059,36237,144950,579800,2319203,9276813,37107254,148429016,593716067,2374864269,9499457078,37997828312,151991313251,607965253005,2431861012022,9727444048088,38909776192355

#offset 1

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  gcd $0,$0
  sub $0,1
  mul $3,4
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $0,$2
lpe
mov $0,$3
