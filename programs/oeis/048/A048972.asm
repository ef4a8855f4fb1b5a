; A048972: Length of record run mentioned in A048971.
; 1,2,5,6,7,9,10,11,12,13,14,15,16

#offset 1

lpb $0
  add $1,1
  sub $0,$1
lpe
mul $1,4
sub $1,2
add $0,$1
sub $0,1
