; A037516: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,1.
; Formula: a(n) = b(n), b(n) = 7*b(n-1)+(c(n-1)+1)%3, c(n) = (c(n-1)+1)%3, b(0) = 0, c(0) = 1
; 2,14,99,695,4865,34056,238394,1668758,11681307,81769151,572384057,4006688400,28046818802,196327731614,1374294121299,9620058849095,67340411943665,471382883605656,3299680185239594

#offset 1

mov $1,1
lpb $0
  mul $2,7
  add $1,1
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
