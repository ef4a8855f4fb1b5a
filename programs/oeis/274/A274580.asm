; A274580: Digital difference of n: the most significant decimal digit of n minus the sum of the other digits.
; Formula: a(n) = -((n-10*floor(n/10))*b(floor(n/10))+c(floor(n/10))), b(n) = b(n-1)^0, c(n) = c(n-1)-b(n-1)^0, b(0) = -1, c(0) = 0
; 1,2,3,4,5,6,7,8,9,1,0,-1,-2,-3,-4,-5,-6,-7,-8,2,1,0,-1,-2,-3,-4,-5,-6,-7,3,2,1,0,-1,-2,-3,-4,-5,-6,4,3,2,1,0,-1,-2,-3,-4,-5,5,4,3,2,1,0,-1,-2,-3,-4,6,5,4,3,2,1,0,-1,-2,-3,7,6,5,4,3,2,1

#offset 1

mov $1,-1
lpb $0
  pow $1,0
  sub $0,10
  sub $2,$1
lpe
mul $0,$1
add $0,$2
mul $0,-1
