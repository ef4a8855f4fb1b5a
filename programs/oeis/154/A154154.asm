; A154154: Numbers k such that 30 plus the k-th triangular number is a perfect square.
; Formula: a(n) = truncate((b(max(n-1,0))-(e(max(n-1,0))+d(max(n-1,0))))/-2), b(n) = b(n-1)-c(n-1)-c(n-1), c(n) = c(n-1)-e(n-1)+(b(n-1)-c(n-1)-c(n-1))+(b(n-1)-c(n-1)-c(n-1)), d(n) = d(n-1)+(b(n-1)-c(n-1)-c(n-1))+(b(n-1)-c(n-1)-c(n-1)), e(n) = e(n-1)+(d(n-1)+(b(n-1)-c(n-1)-c(n-1))+(b(n-1)-c(n-1)-c(n-1))), b(0) = 5, c(0) = 0, d(0) = 0, e(0) = 12
; 3,13,34,84,203,493,1186,2876,6915,16765,40306,97716,234923,569533,1369234,3319484,7980483,19347373,46513666

#offset 1

sub $0,1
mov $1,12
mov $2,$0
mov $0,5
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
