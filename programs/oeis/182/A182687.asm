; A182687: a(n) = the smallest 1-digit number with exactly n divisors, a(n) = 0 if no such number exists.
; 1,2,4,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
mov $2,$0
add $0,1
lpb $2
  gcd $2,2
  sub $0,$0
lpe
mul $0,2
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
