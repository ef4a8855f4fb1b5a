; A037767: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2,1.
; Formula: a(n) = truncate(b(max(n-1,0))/-1)+3, b(n) = 6*(b(n-1)-3)+(c(n-1)+d(n-1)), c(n) = c(n-1)+d(n-1), d(n) = gcd(d(n-1),d(n-1))+1-(c(n-1)+d(n-1))-(c(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 3
; 3,18,110,661,3969,23814,142886,857317,5143905,30863430,185180582,1111083493,6666500961,39999005766,239994034598,1439964207589,8639785245537,51838711473222,311032268839334,1866193613036005

#offset 1

sub $0,1
mov $1,$0
mov $0,3
lpb $1
  sub $2,3
  add $3,$0
  gcd $0,$0
  add $0,1
  mul $2,6
  sub $0,$3
  sub $0,$3
  sub $1,1
  add $2,$3
lpe
mov $0,$2
div $0,-1
add $0,3
