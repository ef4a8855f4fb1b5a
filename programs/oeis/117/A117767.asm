; A117767: a(n) is the difference between the smallest square greater than prime(n) and the largest square less than prime(n), where prime(n) = A000040(n) is the n-th prime number.
; Formula: a(n) = 2*sqrtint(b(n))+1, b(n) = A151800(b(n-1)), b(0) = 0
; 3,3,5,5,7,7,9,9,9,11,11,13,13,13,13,15,15,15,17,17,17,17,19,19,19,21,21,21,21,21,23,23,23,23,25,25,25,25,25,27,27,27,27,27,29,29,29,29,31,31,31,31,31,31,33,33,33,33,33,33,33,35,35,35,35,35,37,37,37,37,37,37,39,39,39,39,39,39,41,41

#offset 1

lpb $0
  seq $1,151800
  sub $0,1
lpe
nrt $1,2
mov $0,$1
mul $0,2
add $0,1
