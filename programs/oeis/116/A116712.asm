; A116712: Number of permutations of length n which avoid the patterns 231, 3214, 4312.
; Formula: a(n) = -(-truncate((b(max(n-1,0))+c(max(n-1,0))+d(max(n-1,0)))/-2)+d(max(n-1,0)))+2, b(n) = truncate((b(n-1)+d(n-1))/-1), c(n) = 2*c(n-1)-3-(b(n-1)+d(n-1)), d(n) = d(n-1)-truncate((b(n-1)+d(n-1))/-1), b(0) = 2, c(0) = 0, d(0) = 0
; 1,2,5,12,27,59,126,265,551,1136,2327,4743,9630,19493,39363,79336,159659,320915,644414,1293009,2592783,5196512,10410735,20850127,41746622,83568269,167257931,334712280,669742371,1339998971

#offset 1

sub $0,1
mov $1,$0
mov $0,2
lpb $1
  add $0,$2
  mul $3,2
  sub $3,3
  sub $3,$0
  div $0,-1
  sub $2,$0
  sub $1,1
lpe
add $0,$3
add $0,$2
div $0,-2
mul $0,-1
add $0,$2
mul $0,-1
add $0,2
