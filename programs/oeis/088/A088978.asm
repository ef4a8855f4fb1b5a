; A088978: Number of Pythagorean triangles having the n-th prime prime(n) as one of their sides.
; Formula: a(n) = lodamod(A060762(b(n)-1),2)+1-(n-1==0), b(n) = A151800(b(n-1)), b(0) = 0
; 0,1,2,1,1,2,2,1,1,2,1,2,2,1,1,2,1,2,1,1,2,1,1,2,2,2,1,1,2,2,1,1,2,1,2,1,2,1,1,2,1,2,1,2,2,1,1,1,1,2,2,1,2,1,2,1,2,1,2,2,1,2,1,1,2,2,1,2,1,2,2,1,1,2,1,1,2,2,2,2

#offset 1

sub $0,1
mov $1,$0
add $0,1
lpb $0
  seq $2,151800
  sub $0,1
lpe
sub $2,1
add $0,$2
seq $0,60762
mod $0,2
add $0,1
equ $1,0
mul $1,-1
add $0,$1
