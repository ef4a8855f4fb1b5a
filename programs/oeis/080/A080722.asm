; A080722: a(0) = 0; for n > 0, a(n) is taken to be the smallest positive integer greater than a(n-1) which is consistent with the condition "n is a term of the sequence if and only if a(n) == 1 (mod 3)".
; 0,1,3,4,7,8,9,10,13,16,19,20,21,22,23,24,25,26,27,28,31,34,37,40,43,46,49,52,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,85,88,91,94,97,100,103,106,109,112,115,118,121

mov $1,$0
sub $0,1
mov $2,$0
sub $0,1
mov $3,$0
add $3,$0
mov $0,2
lpb $3
  sub $3,$0
  sub $3,$4
  mov $4,$0
  mul $0,2
  add $0,$4
  min $4,$3
  add $5,$4
lpe
mov $0,$5
add $0,2
add $0,$2
equ $2,0
mul $2,-1
add $0,$2
equ $1,0
mul $1,-1
add $0,$1
