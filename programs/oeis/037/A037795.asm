; A037795: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,2,1,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+3)%4, c(n) = 6*c(n-1)+(b(n-1)+3)%4, b(0) = 0, c(0) = 0
; 3,20,121,726,4359,26156,156937,941622,5649735,33898412,203390473,1220342838,7322057031,43932342188,263594053129,1581564318774,9489385912647,56936315475884,341617892855305,2049707357131830

#offset 1

lpb $0
  add $1,3
  mul $2,6
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
