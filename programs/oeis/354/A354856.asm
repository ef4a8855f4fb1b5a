; A354856: a(1) = 1, a(n) = the number of times a(n-1) appears among the first n-2 terms.
; Formula: a(n) = b(floor(max(n-3,0)/2))*(max(n-3,0)-2*floor(max(n-3,0)/2))+c(floor(max(n-3,0)/2))+(n-1==0), b(n) = b(n-1)+c(n-1), c(n) = truncate((-c(n-1)+(b(n-1)+c(n-1)))/(b(n-1)+c(n-1))), b(0) = 1, c(0) = 0
; 1,0,0,1,1,2,0,2,1,3,0,3,1,4,0,4,1,5,0,5,1,6,0,6,1,7,0,7,1,8,0,8,1,9,0,9,1,10,0,10,1,11,0,11,1,12,0,12,1,13,0,13,1,14,0,14,1,15,0,15,1,16,0,16,1,17,0,17,1,18,0,18,1,19,0,19,1,20,0,20

#offset 1

sub $0,1
mov $1,$0
sub $0,2
max $0,0
mov $2,$0
mov $0,1
lpb $2
  add $0,$3
  sub $2,2
  mul $3,-1
  add $3,$0
  div $3,$0
lpe
mul $0,$2
add $0,$3
equ $1,0
add $0,$1
