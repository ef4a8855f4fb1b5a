; A060275: At least two ordered triples of positive numbers have sum n and equal products.
; 13,14,16,17,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83

#offset 1

sub $0,1
add $0,1
add $0,1
lpb $0
  sub $0,1
  sub $0,1
  mov $3,$0
  sub $1,1
  lpb $3
    sub $3,2
    mul $1,3
  lpe
  mov $0,$1
  div $0,-2
  mul $0,3
lpe
add $0,$3
add $0,13
