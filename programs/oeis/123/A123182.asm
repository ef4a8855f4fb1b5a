; A123182: Sequence gives k numbers in A123181.
; 1,2,3,2,3,4,3,3,4

#offset 1

lpb $0
  dgs $0,4
  add $1,1
lpe
add $0,$1
