; A178915: Rearrangement of natural numbers so that every partial sum is composite.
; 4,2,3,1,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72

#offset 1

sub $0,1
mov $3,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
add $0,1
lpb $0
  sub $0,1
  sub $0,1
  add $0,1
  sub $0,1
  add $0,1
  lpb $0
    sub $0,1
    sub $2,$0
    mul $2,9
  lpe
  mov $0,$2
  sub $0,-81
lpe
add $0,1
mov $4,$3
equ $4,0
mul $4,2
add $0,$4
