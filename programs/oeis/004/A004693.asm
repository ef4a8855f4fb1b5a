; A004693: Fibonacci numbers written in base 12. (Next term contains a non-decimal character.)
; Formula: a(n) = (b(floor((n+1)/2))-1)*(n+1-2*floor((n+1)/2))+c(floor((n+1)/2)), b(n) = b(n-1)+c(n-1), c(n) = floor(c(n-1)/2)+(b(n-1)+c(n-1)), b(0) = 1, c(0) = 0
; 0,1,1,2,3,5,8,11,19

add $0,1
mov $1,$0
mov $0,1
lpb $1
  sub $1,2
  add $0,$2
  div $2,2
  add $2,$0
lpe
sub $0,1
mul $0,$1
add $0,$2
