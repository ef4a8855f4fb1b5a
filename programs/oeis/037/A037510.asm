; A037510: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3, c(n) = 9*c(n-1)+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 1,11,99,892,8030,72270,650431,5853881,52684929,474164362,4267479260,38407313340,345665820061,3110992380551,27998931424959,251990382824632,2267913445421690

#offset 1

lpb $0
  add $1,1
  mul $2,9
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
