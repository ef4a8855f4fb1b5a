; A227906: Coins left after packing heart patterns (fixed orientation) into n X n coins.
; 0,1,2,5,4,9,6,13,8,17,10,21,12,25,14,29,16,33,18,37,20,41,22,45,24,49,26,53,28,57,30,61,32,65,34,69,36,73,38,77,40,81,42,85,44,89,46,93,48,97,50,101,52,105,54,109,56,113,58,117,60,121,62,125,64

add $0,1
sub $0,2
add $0,3
sub $0,1
mov $1,$0
add $1,1
lpb $1
  sub $1,2
  add $0,2
lpe
add $0,6
add $0,7
sub $0,-1
sub $0,16
lpb $1
  sub $1,1
  mul $0,2
  add $0,-2
lpe
div $0,2
