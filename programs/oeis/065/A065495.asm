; A065495: Number of (binary) bit strings of length n in which an odd length block of 0's is followed by an odd length block of 1's.
; Formula: a(n) = truncate(e(max(n-1,0))/2), b(n) = b(n-1)-2+2*d(n-1)+(2*d(n-1)+(c(n-1)+(b(n-1)-2)))+(2*d(n-1)+(c(n-1)+(b(n-1)-2))-(b(n-1)-2+2*d(n-1)+(2*d(n-1)+(c(n-1)+(b(n-1)-2))))), c(n) = c(n-1)+(b(n-1)-2), d(n) = 2*d(n-1)+(c(n-1)+(b(n-1)-2))-(b(n-1)-2+2*d(n-1)+(2*d(n-1)+(c(n-1)+(b(n-1)-2)))), e(n) = 2*e(n-1)-(b(n-1)-2+2*d(n-1)), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 1,2,6,14,32,72,156,336,712,1496,3120,6464,13328,27360,55968,114144,232192,471296,954816,1931264,3900800,7869312,15858432,31928832,64232704,129128960,259431936,520941056,1045557248,2097616896

#offset 2

sub $0,1
lpb $0
  sub $1,2
  add $2,$1
  mul $3,2
  add $1,$3
  sub $0,1
  add $3,$2
  mul $4,2
  sub $4,$1
  add $1,$3
  sub $3,$1
  add $1,$3
lpe
mov $0,$4
div $0,2
