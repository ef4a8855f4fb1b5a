; A181346: Absolute difference between (sum of previous terms) and prime(n) with a(0) = 1 and a(1) = 2.
; Formula: a(n) = 2*truncate((b(max(n-1,0)+1)-c(max(n-1,0)+1))/-2)-(n==0), b(n) = c(n-1), c(n) = A151800(c(n-1)), b(0) = 0, c(0) = 0
; 1,2,0,2,2,4,2,4,2,4,6,2,6,4,2,4,6,6,2,6,4,2,6,4,6,8,4,2,4,2,4,14,4,6,2,10,2,6,6,4,6,6,2,10,2,4,2,12,12,4,2,4,6,2,10,6,6,6,2,6,4,2,10,14,4,2,4,14,6,10,2,4,6,8,6,6,4,6,8,4

mov $1,$0
sub $0,1
max $0,0
add $0,1
lpb $0
  mov $2,$3
  seq $3,151800
  sub $0,1
lpe
mov $0,$2
sub $0,$3
div $0,-2
mul $0,2
equ $1,0
mul $1,-1
add $0,$1
