; A281387: Pairs (x, y) of relatively prime positive integers such that (x^2 - 5)/y and (y^2 - 5)/x are both positive integers.
; Formula: a(n) = c(floor(n/2)), b(n) = b(n-1)+c(n-1), c(n) = c(n-1)+(b(n-1)+c(n-1)), b(0) = 3, c(0) = 4
; 4,11,11,29,29,76,76,199,199,521,521,1364,1364,3571,3571,9349,9349,24476,24476,64079,64079,167761,167761,439204,439204,1149851,1149851,3010349,3010349,7881196,7881196,20633239,20633239,54018521,54018521,141422324

#offset 1

mov $1,3
mov $2,$0
mov $0,4
lpb $2
  sub $2,2
  add $1,$0
  add $0,$1
lpe
