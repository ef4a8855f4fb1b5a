; A098894: Values of k such that {s(1),...,s(k)} is a palindrome, where {s(1),s(2),...} is the fixed point of the substitutions 0->1 and 1->110.
; Formula: a(n) = b(floor(n/2))*(n-2*floor(n/2))+c(floor(n/2))-2, b(n) = b(n-1)+c(n-1), c(n) = -c(n-1)+(b(n-1)+c(n-1))+(b(n-1)+c(n-1)), b(0) = 1, c(0) = 2
; 1,2,5,8,15,22,39,56,97,138,237,336,575,814,1391,1968,3361,4754,8117,11480,19599,27718,47319,66920,114241,161562,275805,390048,665855,941662,1607519,2273376,3880897,5488418,9369317

#offset 1

mov $1,$0
mov $2,2
mov $0,1
lpb $1
  add $0,$2
  sub $1,2
  mul $2,-1
  add $2,$0
  add $2,$0
lpe
mul $0,$1
add $0,$2
sub $0,2
