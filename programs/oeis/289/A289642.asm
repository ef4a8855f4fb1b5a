; A289642: Number of 2-digit numbers whose digits add up to n.
; 1,2,3,4,5,6,7,8,9,9,8,7,6,5,4,3,2,1

#offset 1

sub $0,1
lpb $0
  mul $0,-1
  add $0,17
lpe
add $0,1
