; A156230: Sum of the products of the digits of n and the positions of the digits m in n starting from the last digit.
; Formula: a(n) = -(b(floor(n/10))-(n-10*floor(n/10)))-1, b(n) = b(n-1)-2, b(0) = -1
; 1,2,3,4,5,6,7,8,9,2,3,4,5,6,7,8,9,10,11,4,5,6,7,8,9,10,11,12,13,6,7,8,9,10,11,12,13,14,15,8,9,10,11,12,13,14,15,16,17,10,11,12,13,14,15,16,17,18,19,12,13,14,15,16,17,18,19,20,21,14,15,16,17,18,19,20,21,22,23,16

#offset 1

mov $1,$0
mov $2,-1
mov $0,-1
lpb $1
  sub $0,2
  sub $1,10
lpe
mul $2,$1
add $0,$2
mul $0,-1
sub $0,1
