; A154150: Numbers k such that 24 plus the k-th triangular number is a perfect square.
; Formula: a(n) = truncate((b(max(n-1,0))-(e(max(n-1,0))+d(max(n-1,0))))/-2), b(n) = b(n-1)-c(n-1)-c(n-1), c(n) = c(n-1)-e(n-1)+(b(n-1)-c(n-1)-c(n-1))+(b(n-1)-c(n-1)-c(n-1)), d(n) = d(n-1)+(b(n-1)-c(n-1)-c(n-1))+(b(n-1)-c(n-1)-c(n-1)), e(n) = e(n-1)+(d(n-1)+(b(n-1)-c(n-1)-c(n-1))+(b(n-1)-c(n-1)-c(n-1))), b(0) = 7, c(0) = 0, d(0) = 0, e(0) = 10
; 1,15,24,94,145,551,848,3214,4945,18735,28824,109198,168001,636455,979184,3709534,5707105,21620751,33263448,126014974

#offset 1

sub $0,1
mov $1,10
mov $2,$0
mov $0,7
lpb $2
  sub $0,$3
  sub $0,$3
  sub $3,$1
  add $4,$0
  add $4,$0
  add $1,$4
  add $3,$0
  add $3,$0
  sub $2,1
lpe
add $1,$4
sub $0,$1
div $0,-2
