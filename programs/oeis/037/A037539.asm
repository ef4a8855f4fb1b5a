; A037539: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,1.
; Formula: a(n) = floor(b(n)/3), b(n) = 3*(b(n-1)+c(n-1)), c(n) = gcd(c(n-1),2)+3*(b(n-1)+c(n-1)), b(0) = 1, c(0) = 0
; 1,8,49,295,1772,10633,63799,382796,2296777,13780663,82683980,496103881,2976623287,17859739724,107158438345,642950630071,3857703780428,23146222682569,138877336095415,833264016572492,4999584099434953

#offset 1

mov $1,$0
mov $0,1
lpb $1
  sub $1,1
  add $0,$2
  gcd $2,2
  mul $0,3
  add $2,$0
lpe
div $0,3
