; A066927: Least k such that between p and 2p, for all primes > 3, there is always a number that is twice a square, i.e.; a k such that p < 2k^2 < 2p.
; Formula: a(n) = sqrtint(truncate(b(n)/2))+1, b(n) = A151800(b(n-1)), b(0) = 0
; 2,2,2,2,3,3,3,4,4,4,4,5,5,5,5,6,6,6,6,6,7,7,7,7,7,8,8,8,8,8,8,9,9,9,9,9,9,10,10,10,10,10,10,10,10,10,11,11,11,11,11,11,11,12,12,12,12,12,12,12,12,13,13,13,13,13,13,13,14,14,14,14,14,14,14,14,14,15,15,15

#offset 1

lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
div $0,2
nrt $0,2
add $0,1
