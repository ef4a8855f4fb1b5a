; A037825: Number of i such that d(i) > d(i-1), where Sum_{i=0..m} d(i)*10^i is the base-10 representation of n.
; Formula: a(n) = truncate((c(n+1)-1)/9), b(n) = b(n-1)-9, c(n) = lodadgs(truncate(c(n-1)/(b(n-1)-9))-(b(n-1)-9),10), b(0) = 0, c(0) = 0
; 0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,1,1,1,0,0,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,1,0,0,0,1

#offset 1

add $0,1
lpb $0
  sub $0,1
  sub $1,9
  div $2,$1
  sub $2,$1
  dgs $2,10
lpe
mov $0,$2
sub $0,1
div $0,9
