; A295796: The only integers that cannot be partitioned into a sum of seven positive squares.
; Formula: a(n) = truncate(sum(k=0,max(n-1,0)-1,-2-truncate((n-1-k)/6)^2)/-2)
; 0,1,2,3,4,5,6,8,9,11,12,14,17,20

#offset 1

sub $0,1
lpb $0
  mov $1,$0
  div $1,6
  sub $0,1
  sub $2,2
  pow $1,2
  sub $2,$1
lpe
mov $0,$2
div $0,-2
