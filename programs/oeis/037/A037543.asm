; A037543: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,2,1.
; Formula: a(n) = c(max(n-1,0)), b(n) = gcd(b(n-1),2)+c(n-1), c(n) = 9*c(n-1)+(gcd(b(n-1),2)+c(n-1)), b(0) = 0, c(0) = 1
; 1,12,121,1211,12112,121121,1211211,12112112,121121121,1211211211,12112112112,121121121121,1211211211211,12112112112112,121121121121121,1211211211211211

#offset 1

sub $0,1
mov $1,1
lpb $0
  sub $0,1
  gcd $2,2
  add $2,$1
  mul $1,9
  add $1,$2
lpe
mov $0,$1
