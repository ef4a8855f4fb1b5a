; A340068: a(n) is the number of integers in the set {n+1,n+2, . . . ,2n} whose representation in base 2 contain exactly three digits 1’s.
; Formula: a(n) = -sum(k=0,max(n-1,0)-1,0-(lodadgs(n-1-k,2)==2))
; 0,0,0,1,1,2,3,3,3,4,5,5,6,6,6,6,6,7,8,8,9,9,9,9,10,10,10,10,10,10,10,10,10,11,12,12,13,13,13,13,14,14,14,14,14,14,14,14,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,16,17,17,18,18,18,18,19

#offset 1

sub $0,1
lpb $0
  mov $1,$0
  sub $0,1
  dgs $1,2
  equ $1,2
  sub $2,$1
lpe
mov $0,$2
mul $0,-1
