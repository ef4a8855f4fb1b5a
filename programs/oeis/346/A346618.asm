; A346618: Triangle read by rows: T(n,k) = 1 iff 2 divides binomial(n,k) but 4 does not (0 <= k <= n).
; 0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,1,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,1,0,0,1,0,1,0,0,1,0,0,0,0,0,1,1,1,1,0,0,0,0,0,0

add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
bin $1,$0
mov $0,$1
add $0,3
mod $0,2
mul $0,$1
sub $0,2
div $0,2
add $0,1
mod $0,2
