; A227589: Maximum label within a minimal labeling of n identical 4-sided dice yielding the most possible sums.
; Formula: a(n) = -(0-(n-2)-(2*(truncate((n-1)/2)+(n-2))+sum(k=0,max(n-2,0)-1,n-2-k-1)))+7
; 1,4,7,12,16,23,29,38,46,57,67,80,92,107,121,138,154,173,191,212,232

sub $0,1
mov $1,$0
sub $1,1
div $0,2
add $0,$1
sub $2,$1
mul $0,2
lpb $1
  sub $1,1
  add $0,$1
lpe
sub $2,$0
mov $0,$2
mul $0,-1
add $0,7
