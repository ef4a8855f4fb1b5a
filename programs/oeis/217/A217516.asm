; A217516: Base-n state complexity of partitioned deterministic finite automaton (PDFA) for the periodic sequence (1234)*.
; 7,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4,9,8,5,4

#offset 2

sub $0,2
sub $0,1
sub $0,1
sub $0,1
add $0,3
lpb $0
  gcd $1,$3
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  add $2,2
  sub $3,$1
  add $2,$3
  add $1,-1
lpe
mov $0,$3
add $0,7
