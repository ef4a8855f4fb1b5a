; A037765: Base 4 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,2,1.
; Formula: a(n) = truncate(c(max(n-1,0))/-1)+3, b(n) = b(n-1)+d(n-1), c(n) = 4*(c(n-1)-3)+(b(n-1)+d(n-1)), d(n) = gcd(d(n-1),d(n-1))+1-(b(n-1)+d(n-1))-(b(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 3
; 3,12,50,201,807,3228,12914,51657,206631,826524,3306098,13224393,52897575,211590300,846361202,3385444809,13541779239,54167116956,216668467826,866673871305,3466695485223,13866781940892,55467127763570

#offset 1

sub $0,1
mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  sub $3,3
  gcd $0,$0
  add $0,1
  mul $3,4
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$2
lpe
mov $0,$3
div $0,-1
add $0,3
