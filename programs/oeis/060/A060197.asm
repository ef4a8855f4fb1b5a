; A060197: Start at n, repeatedly apply pi(x) until reach 0; a(n) = number of steps to reach 0.
; 2,3,4,4,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7

#offset 1

sub $0,1
gcd $1,$0
mov $0,1
lpb $1
  sub $1,$0
  add $0,$2
  mul $2,2
  add $3,1
  add $2,$0
lpe
mov $0,$3
add $0,2
