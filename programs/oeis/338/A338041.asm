; A338041: Draw n rays from each of two distinct points in the plane; a(n) is the number of regions thus created. See Comments for details.
; Formula: a(n) = c(max(n-1,0))+1, b(n) = b(n-1)-d(n-1)-d(n-1), c(n) = c(n-1)+(b(n-1)-d(n-1)-d(n-1)), d(n) = d(n-1)-e(n-1)-1+(b(n-1)-d(n-1)-d(n-1))+(b(n-1)-d(n-1)-d(n-1)), e(n) = e(n-1)+1, b(0) = 1, c(0) = 0, d(0) = 0, e(0) = 3
; 1,2,7,6,15,12,25,20,37,30,51,42,67,56,85,72,105,90,127,110,151,132,177,156,205,182,235,210,267,240,301,272,337,306,375,342,415,380,457,420,501,462,547,506,595,552,645,600,697,650,751,702,807,756,865,812,925

#offset 1

sub $0,1
mov $1,3
mov $2,$0
mov $0,1
lpb $2
  sub $0,$3
  sub $0,$3
  add $4,$0
  sub $3,$1
  sub $3,1
  add $1,1
  add $3,$0
  add $3,$0
  sub $2,1
lpe
mov $0,$4
add $0,1
