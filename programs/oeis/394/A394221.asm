; A394221: a(n) is the maximum size of a set family F on {1, 2, ..., n} such that for any pair of distinct sets S, T in F, there exists s in S and t in T such that |s - t| = 1.
; Formula: a(n) = truncate(c(max(n-1,0))/-3)+1, b(n) = truncate((b(n-1)+d(n-1))/-1), c(n) = 2*c(n-1)-(b(n-1)+d(n-1))-1, d(n) = d(n-1)-truncate((b(n-1)+d(n-1))/-1), b(0) = 3, c(0) = -1, d(0) = 0
; 1,3,5,11,22,46,94,193

#offset 1

sub $0,1
mov $1,$0
sub $3,1
mov $0,3
lpb $1
  add $0,$2
  mul $3,2
  sub $3,$0
  div $0,-1
  sub $3,1
  sub $2,$0
  sub $1,1
lpe
mov $0,$3
div $0,-3
add $0,1
