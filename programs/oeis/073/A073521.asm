; A073521: The set of 16 consecutive primes with the property that they form a 4 X 4 magic square with the smallest magic constant (258).
; Formula: a(n) = b(max(n-1,0)), b(n) = A151800(b(n-1)), b(0) = 31
; 31,37,41,43,47,53,59,61,67,71,73,79,83,89,97,101

#offset 1

sub $0,1
mov $1,31
lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
