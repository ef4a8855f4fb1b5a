; A336409: Distance from prime(n) to the nearest odd composite that is < prime(n).
; Formula: a(n) = -2*truncate((c(n)-3)/b(n))+4, b(n) = c(n-1), c(n) = A151800(c(n-1)), b(0) = 0, c(0) = 0
; 2,4,2,4,2,2,4,2,2,4,2,2,2,4,2,2,4,2,2,2,2,2,4,2,4,2,2,2,2,4,2,4,2,2,2,2,2,4,2,4,2,4,2,2,2,4,2,2,4,2,2,2,2,4,2,2,4,2,2,2,4,2,2,2,2,4,2,2,2,2,2,2,2,2,2,2,2,4,2,4

#offset 5

lpb $0
  mov $1,$2
  seq $2,151800
  sub $0,1
lpe
sub $2,3
div $2,$1
mov $0,$2
mul $0,-2
add $0,4
