; A106002: a(n)=1 if there is a number of the form 6k+3 such that prime(n) < 6k+3 < prime(n+1), otherwise 0.
; Formula: a(n) = truncate((c(n+1)-3)/b(n+1)), b(n) = c(n-1), c(n) = A151800(c(n-1)), b(0) = 0, c(0) = 0
; 0,0,0,1,0,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,1,1,1,0,1,0,1,1,1,1,0,1,0,1,1,1,1,1,0,1,0,1,0,1,1,1,0,1,1,0,1,1,1,1,0,1,1,0,1,1,1,0,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1

#offset 1

add $0,1
lpb $0
  mov $1,$2
  seq $2,151800
  sub $0,1
lpe
sub $2,3
div $2,$1
mov $0,$2
