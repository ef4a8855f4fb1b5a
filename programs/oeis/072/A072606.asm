; A072606: Number of pretzel (stellar or prismatic) knots and links.
; Formula: a(n) = b(max(truncate((n-5)/2),0))*(n-5-2*max(truncate((n-5)/2),0))+c(max(truncate((n-5)/2),0))-1, b(n) = b(n-1)+c(n-1), c(n) = floor(c(n-1)/2)+(b(n-1)+c(n-1)), b(0) = 2, c(0) = 0
; 1,1,3,4,8,10,19,24

#offset 6

sub $0,5
mov $1,$0
mov $0,2
lpb $1
  sub $1,2
  add $0,$2
  div $2,2
  add $2,$0
lpe
mul $0,$1
add $0,$2
sub $0,1
