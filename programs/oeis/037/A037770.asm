; A037770: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2,1.
; Formula: a(n) = truncate(c(max(n-1,0))/-1)+3, b(n) = b(n-1)+d(n-1), c(n) = 9*(c(n-1)-3)+(b(n-1)+d(n-1)), d(n) = gcd(d(n-1),d(n-1))+1-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 3
; 3,27,245,2206,19857,178713,1608419,14475772,130281951,1172537559,10552838033,94975542298,854779880685,7693018926165,69237170335487,623134533019384,5608210797174459

#offset 1

sub $0,1
mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  sub $3,3
  gcd $0,$0
  add $0,1
  mul $3,9
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$2
lpe
mov $0,$3
div $0,-1
add $0,3
