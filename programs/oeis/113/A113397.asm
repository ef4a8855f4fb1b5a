; A113397: What are the values of k in the term Prime(n+1)^2-Prime(n)^2 = a+k*(Prime(n+1)) if "a" is element of {0,1,...,Prime(n+1)-1}.
; Formula: a(n) = truncate(((0-c(n+1))*(0-c(n+1))-b(n+1))/c(n+1)), b(n) = c(n-1)*c(n-1), c(n) = A151800(c(n-1)), b(0) = 0, c(0) = 0
; 1,3,3,6,3,7,3,7,10,3,11,7,3,7,11,11,3,11,7,3,11,7,11,15,7,3,7,3,7,26,7,11,3,19,3,11,11,7,11,11,3,19,3,7,3,23,23,7,3,7,11,3,19

#offset 1

add $0,1
lpb $0
  mov $1,$2
  mul $1,$1
  seq $2,151800
  sub $0,1
lpe
sub $0,$2
mul $0,$0
sub $0,$1
div $0,$2
