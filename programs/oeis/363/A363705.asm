; A363705: The minimum irregularity of all maximal 2-degenerate graphs with n vertices.
; Formula: a(n) = 2*b(max(n-3,0)), b(n) = c(n-1)+1, c(n) = d(n-1), d(n) = floor(d(n-1)/2)+2, b(0) = 0, c(0) = 1, d(0) = 0
; 0,4,2,6,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8

#offset 3

sub $0,3
mov $1,1
lpb $0
  mov $2,$1
  add $2,1
  mov $1,$3
  div $3,2
  sub $0,1
  add $3,2
lpe
mov $0,$2
mul $0,2
