; A235876: Number of (n+1)X(n+1) 0..2 arrays with the minimum plus the upper median equal to the lower median plus the maximum in every 2X2 subblock.
; Formula: a(n) = -2*(truncate(c(n)/-4)+9)+21, b(n) = 4*b(n-1)-d(n-1), c(n) = 2*(c(n-1)+(4*b(n-1)-d(n-1))), d(n) = 6*floor(d(n-1)/2), b(0) = 5, c(0) = 0, d(0) = 2
; 21,105,453,1833,7221,28185,109893,429513,1684821,6633465,26204133,103802793,412120821,1639113945

#offset 1

mov $1,$0
mov $2,5
mov $0,2
lpb $1
  sub $1,1
  mul $2,4
  sub $2,$0
  add $3,$2
  mul $3,2
  div $0,2
  mul $0,6
lpe
mov $0,$3
div $0,-4
add $0,9
mul $0,-2
add $0,21
