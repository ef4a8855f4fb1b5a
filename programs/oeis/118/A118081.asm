; A118081: Even numbers that can't be represented as the sum of two odd composite numbers.
; Formula: a(n) = 2*(n-8-max(n-8,0))+b(max(n-8,0))+9, b(n) = A151800(b(n-1)), b(0) = 7
; 2,4,6,8,10,12,14,16,20,22,26,28,32,38

#offset 1

sub $0,8
mov $1,7
lpb $0
  seq $1,151800
  sub $0,1
lpe
mul $0,2
add $0,$1
add $0,9
