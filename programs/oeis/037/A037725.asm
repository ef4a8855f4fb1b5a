; A037725: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,3,1.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))-1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 6*d(n-1)+1+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 1, d(0) = 0
; 2,12,75,451,2708,16248,97491,584947,3509684,21058104,126348627,758091763,4548550580,27291303480,163747820883,982486925299,5894921551796,35369529310776,212217175864659,1273303055187955,7639818331127732

#offset 1

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  gcd $0,$0
  sub $0,1
  mul $3,6
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $0,$2
lpe
mov $0,$3
