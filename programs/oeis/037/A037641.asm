; A037641: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,1.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3, c(n) = 6*c(n-1)+1+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 2,15,91,548,3291,19747,118484,710907,4265443,25592660,153555963,921335779,5528014676,33168088059,199008528355,1194051170132,7164307020795,42985842124771,257915052748628,1547490316491771

#offset 1

lpb $0
  add $1,1
  mul $2,6
  add $2,1
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
