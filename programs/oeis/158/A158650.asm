; A158650: Indices of single-digit numbers in A061041.
; Formula: a(n) = c(max(n-1,0))+4, b(n) = gcd(b(n-1)+c(n-1),8), c(n) = b(n-1)+c(n-1), b(0) = 1, c(0) = 0
; 4,5,6,8,12,20,28,36

#offset 1

sub $0,1
mov $1,$0
mov $0,1
lpb $1
  add $0,$2
  sub $1,1
  mov $2,$0
  gcd $0,8
lpe
mov $0,$2
add $0,4
