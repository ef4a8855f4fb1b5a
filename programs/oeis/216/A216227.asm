; A216227: Prime numbers that do not appear in the Euclid-Mullin sequence A000946.
; Formula: a(n) = b(max(A067251(max(n-2,0)+1),0))+(-6*(n-1==0)), b(n) = A151800(b(n-1)), b(0) = A040057(0)
; 5,11,13,17,19,23,29,31,37,41,47,53,59,61,67,71,73

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,1
seq $0,67251
seq $2,40057
lpb $0
  seq $2,151800
  sub $0,1
lpe
mov $0,$2
equ $1,0
mul $1,-6
add $0,$1
