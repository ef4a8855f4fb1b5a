; A116974: Numbers n for which the sum of the proper divisors equals the product of the proper divisors.
; Formula: a(n) = n-4-max(n-4,0)+b(max(n-4,0))-(n-2==0)-(n-1==0), b(n) = A151800(b(n-1)), b(0) = 6
; 2,3,5,6,7,11,13,17,19,23,29,31,37,41,43,47,53,59,61,67,71,73,79,83,89,97,101,103,107,109,113,127,131,137,139,149,151,157,163,167,173,179,181,191,193,197,199,211,223,227,229,233,239,241,251,257,263,269,271,277

#offset 1

sub $0,1
mov $1,$0
sub $0,1
mov $2,$0
sub $0,2
mov $3,6
lpb $0
  seq $3,151800
  sub $0,1
lpe
add $0,$3
equ $2,0
mul $2,-1
add $0,$2
equ $1,0
mul $1,-1
add $0,$1
