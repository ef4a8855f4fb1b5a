; A080596: a(1)=1; for n >= 2, a(n) is smallest positive integer which is consistent with sequence being monotonically increasing and satisfying a(a(n)) = 2n+3.
; 1,4,5,7,9,10,11,12,13,15,17,19,21,22,23,24,25,26,27,28,29,31,33,35,37,39,41,43,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,63,65,67,69,71,73,75,77,79,81,83,85,87,89,91,93,94,95,96,97,98,99,100,101,102

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,1
mov $2,$0
mov $3,$0
mov $0,2
lpb $3
  sub $3,$0
  sub $3,$4
  mov $4,$0
  add $0,$4
  min $4,$3
  add $2,$4
lpe
mov $0,$2
add $0,3
equ $1,0
mul $1,-3
add $0,$1
