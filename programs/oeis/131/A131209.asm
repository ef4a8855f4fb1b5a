; A131209: Maximal distance between two signed permutations of n elements.
; 0,1,3,3,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69

mov $3,$0
sub $0,1
add $0,1
lpb $0
  add $0,1
  sub $0,2
  sub $1,3
  lpb $0
    sub $0,1
    mul $2,-3
    sub $2,$1
    add $1,$2
  lpe
  mov $0,$1
  sub $0,-3
  div $0,-3
lpe
sub $0,1
add $0,1
add $0,7
sub $0,7
add $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
